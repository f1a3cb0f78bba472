export default function sitemap() {
  return [{ url: "https://example.com/" }, { url: "https://example.com/about" }];
}
