// generateSitemaps: served as /meta/feed/sitemap/<id>.xml (Next's generate-sitemaps docs).
export async function generateSitemaps() {
  return [{ id: "news" }, { id: "docs" }];
}

export default async function sitemap({ id }: { id: Promise<string> }) {
  const which = await id;
  return [{ url: `https://vinext.example/${which}/1` }, { url: `https://vinext.example/${which}/2` }];
}
