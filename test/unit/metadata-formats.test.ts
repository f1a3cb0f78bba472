// sitemap.ts / robots.ts output formats, checked against the exact text of Next's
// snapshots in test/e2e/app-dir/metadata-dynamic-routes/index.test.ts.
import { describe, expect, it } from "vitest";
import { robotsTxt, sitemapXml } from "../../src/runtime/rsc/metadata/formats";

describe("sitemapXml", () => {
  it("matches Next's sitemap.[ext] snapshot", () => {
    const xml = sitemapXml([
      { url: "https://example.com", lastModified: "2021-01-01", changeFrequency: "weekly", priority: 0.5 },
      { url: "https://example.com/about", lastModified: "2021-01-01" },
    ]);
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        "<url>",
        "<loc>https://example.com</loc>",
        "<lastmod>2021-01-01</lastmod>",
        "<changefreq>weekly</changefreq>",
        "<priority>0.5</priority>",
        "</url>",
        "<url>",
        "<loc>https://example.com/about</loc>",
        "<lastmod>2021-01-01</lastmod>",
        "</url>",
        "</urlset>",
        "",
      ].join("\n"),
    );
  });

  it("writes Dates as ISO strings, alternates, images and namespaces", () => {
    const xml = sitemapXml([
      { url: "https://example.com/about", lastModified: new Date("2024-01-02T03:04:05.000Z"), alternates: { languages: { es: "https://example.com/es/about" } } },
      { url: "https://example.com", images: ["https://example.com/image1.jpg"] },
    ]);
    expect(xml).toContain(
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    );
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="es" href="https://example.com/es/about" />');
    expect(xml).toContain("<image:image>\n<image:loc>https://example.com/image1.jpg</image:loc>\n</image:image>");
    expect(xml).toContain("<lastmod>2024-01-02T03:04:05.000Z</lastmod>");
  });

  it("writes video entries in Google's field order", () => {
    const xml = sitemapXml([
      {
        url: "https://example.com/about",
        videos: [{ title: "example", thumbnail_loc: "https://example.com/image.jpg", description: "this is the description", restriction: { relationship: "allow", content: "IE GB US CA" }, uploader: { info: "https://www.example.com/users/g", content: "G" } }],
      },
    ]);
    expect(xml).toContain('xmlns:video="http://www.google.com/schemas/sitemap-video/1.1"');
    expect(xml).toContain(
      "<video:video>\n<video:title>example</video:title>\n<video:thumbnail_loc>https://example.com/image.jpg</video:thumbnail_loc>\n<video:description>this is the description</video:description>\n" +
        '<video:restriction relationship="allow">IE GB US CA</video:restriction>\n<video:uploader info="https://www.example.com/users/g">G</video:uploader>\n</video:video>',
    );
  });

  it("escapes markup characters so the XML stays well formed", () => {
    expect(sitemapXml([{ url: "https://example.com/?a=1&b=<2>" }])).toContain("<loc>https://example.com/?a=1&amp;b=&lt;2&gt;</loc>");
  });
});

describe("robotsTxt", () => {
  it("matches Next's robots.[ext] snapshot", () => {
    const text = robotsTxt({
      rules: [
        { userAgent: "Googlebot", allow: ["/"] },
        { userAgent: ["Applebot", "Bingbot"], disallow: ["/"], crawlDelay: 2 },
      ],
      sitemap: "https://example.com/sitemap.xml",
      host: "https://example.com",
    });
    expect(text).toBe(
      "User-Agent: Googlebot\nAllow: /\n\nUser-Agent: Applebot\nUser-Agent: Bingbot\nDisallow: /\nCrawl-delay: 2\n\nHost: https://example.com\nSitemap: https://example.com/sitemap.xml\n",
    );
  });

  it("a rule without userAgent applies to everyone", () => {
    expect(robotsTxt({ rules: { disallow: "" } })).toBe("User-Agent: *\nDisallow: \n\n");
  });
});
