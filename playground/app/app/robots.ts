// app/robots.ts: served as /robots.txt (replaces the old public/robots.txt;
// Next rejects a public file and a metadata route on the same URL).
export default function robots() {
  return {
    rules: [
      { userAgent: "*", allow: "/", disallow: ["/_private", "/api/"] },
      { userAgent: ["Googlebot-Image", "AdsBot-Google"], disallow: "/meta/", crawlDelay: 5 },
    ],
    host: "https://vinext.example",
    sitemap: "https://vinext.example/sitemap.xml",
  };
}
