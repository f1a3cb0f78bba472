// app/sitemap.ts: served as /sitemap.xml.
export default async function sitemap() {
  return [
    { url: "https://vinext.example", lastModified: new Date("2024-05-01T00:00:00.000Z"), changeFrequency: "daily", priority: 1 },
    {
      url: "https://vinext.example/about",
      lastModified: "2024-04-01",
      alternates: { languages: { de: "https://vinext.example/de/about", fr: "https://vinext.example/fr/about" } },
    },
    { url: "https://vinext.example/blog?tag=a&page=2", images: ["https://vinext.example/cover.png"] },
  ];
}
