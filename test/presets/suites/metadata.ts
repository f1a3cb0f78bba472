// Metadata API over HTTP, on every preset. Follows Next's test/e2e/app-dir/metadata
// (title templates, generateMetadata, viewport, opengraph/twitter, file based icons,
// "static routes"), test/e2e/app-dir/metadata-dynamic-routes (sitemap, robots,
// manifest, generateSitemaps) and the generate-metadata docs ("Default Fields").
// Fixtures: playground/app/app/{layout,favicon.ico,icon.png,apple-icon.png,opengraph-image.png,
// robots.ts,sitemap.ts,manifest.ts} and playground/app/app/meta/ (meta/nested/twitter-image.png).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../../_harness/fixtures";
import { isBuild, type SuiteContext } from "../_suite";

type Attrs = Record<string, string>;

const decode = (value: string) => value.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/** The document's <head> markup. */
function head(html: string): string {
  const match = /<head>([\s\S]*?)<\/head>/.exec(html);
  expect(match, "document has a <head>").toBeTruthy();
  return match![1]!;
}

/** Every `<tag ...>` in `markup` with its attributes. */
function tags(markup: string, tag: "meta" | "link"): Attrs[] {
  return [...markup.matchAll(new RegExp(`<${tag}\\s([^>]*?)/?>`, "g"))].map((m) =>
    Object.fromEntries([...m[1]!.matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1]!, decode(a[2]!)])),
  );
}

/** Contents of the meta tags whose `name` or `property` is `key`. */
const metas = (markup: string, key: string) => tags(markup, "meta").filter((m) => m.name === key || m.property === key).map((m) => m.content);
const links = (markup: string, rel: string) => tags(markup, "link").filter((l) => l.rel === rel);
const titleOf = (markup: string) => [...markup.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => decode(m[1]!));

const playground = (file: string) => readFileSync(join(repoRoot, "playground/app/app", file));

export default function metadata({ target, get, html }: SuiteContext) {
  describe("head", () => {
    it("renders default charset and viewport first, and each tag once, inside <head>", async () => {
      const document = await html("/");
      const h = head(document);
      expect(h.startsWith('<meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>')).toBe(true);
      expect(titleOf(document)).toEqual(["vinext playground"]);
      expect(titleOf(h)).toEqual(["vinext playground"]);
      expect(metas(document, "description")).toEqual(["Example app for vinext"]);
      expect(tags(document, "meta").filter((m) => m.charSet)).toHaveLength(1);
      expect(metas(document, "viewport")).toHaveLength(1);
    });

    it("links file-based icons with a content hash, type and size read from the image", async () => {
      const h = head(await html("/"));
      // The root favicon.ico first, at its stable URL (Next: metadata "should support root dir favicon.ico").
      const [favicon, icon] = links(h, "icon");
      expect(favicon).toEqual({ rel: "icon", href: "/favicon.ico", type: "image/x-icon", sizes: "1x1" });
      const ico = await get("/favicon.ico");
      expect(ico.status).toBe(200);
      expect(Buffer.from(await ico.arrayBuffer()).equals(playground("favicon.ico"))).toBe(true);
      expect(icon).toMatchObject({ type: "image/png", sizes: "32x32" });
      expect(icon!.href).toMatch(/^\/icon\.png\?[0-9a-f]{16}$/);
      expect(links(h, "apple-touch-icon")[0]).toMatchObject({ type: "image/png", sizes: "180x180" });
      expect(links(h, "manifest")[0]).toMatchObject({ href: "/manifest.webmanifest" });
      // The hashed URL serves the file itself.
      const res = await get(icon!.href);
      expect(res.status).toBe(200);
      expect(Buffer.from(await res.arrayBuffer()).equals(playground("icon.png"))).toBe(true);
    });

    it("adds opengraph-image as an absolute og:image with its size, and Twitter borrows it", async () => {
      const h = head(await html("/"));
      const [image] = metas(h, "og:image");
      expect(image).toMatch(/^https?:\/\/[^/]+\/opengraph-image\.png\?[0-9a-f]{16}$/);
      expect(metas(h, "og:image:type")).toEqual(["image/png"]);
      expect(metas(h, "og:image:width")).toEqual(["1200"]);
      expect(metas(h, "og:image:height")).toEqual(["630"]);
      expect(metas(h, "twitter:card")).toEqual(["summary_large_image"]);
      expect(metas(h, "twitter:image")).toEqual([image]);
      expect((await get(new URL(image!).pathname)).headers.get("content-type")).toBe("image/png");
    });

    it("uses a segment's own twitter-image file for Twitter, with its size and alt text", async () => {
      const h = head(await html("/meta/nested"));
      const [twitter] = metas(h, "twitter:image");
      expect(twitter).toMatch(/^https?:\/\/[^/]+\/meta\/nested\/twitter-image\.png\?[0-9a-f]{16}$/);
      expect(metas(h, "twitter:image:width")).toEqual(["180"]);
      expect(metas(h, "twitter:image:height")).toEqual(["180"]);
      expect(metas(h, "twitter:image:alt")).toEqual(["A small square for Twitter"]);
      const res = await get(new URL(twitter!).pathname);
      expect(res.headers.get("content-type")).toBe("image/png");
      expect(Buffer.from(await res.arrayBuffer()).equals(playground("meta/nested/twitter-image.png"))).toBe(true);
    });
  });

  describe("titles", () => {
    it.each([
      // The meta layout's template applies to children, not to meta/page.tsx next to it.
      ["/meta", "Overview | vinext playground"],
      ["/meta/nested", "Nested | Meta"],
      ["/meta/absolute", "Absolute title"],
      // No title in the page: the meta layout's default, through the root template.
      ["/meta/viewport", "Meta section | vinext playground"],
      ["/about", "vinext playground"],
    ])("%s → %s", async (path, expected) => {
      expect(titleOf(head(await html(path)))).toEqual([expected]);
    });
  });

  describe("generateMetadata", () => {
    it("receives params, searchParams and the parent's metadata", async () => {
      const h = head(await html("/meta/hello?q=vite"));
      expect(titleOf(h)).toEqual(["Post hello | Meta"]);
      expect(metas(h, "description")).toEqual(["Results for vite"]);
      expect(metas(h, "keywords")).toEqual(["vinext,metadata,hello"]);
      expect(metas(h, "og:title")).toEqual(["Post hello · OG"]);
      expect(metas(h, "og:image")).toEqual(["https://vinext.example/covers/default.png", expect.stringMatching(/^https:\/\/vinext\.example\/meta\/opengraph-image\.png\?[0-9a-f]{16}$/)]);
      expect(metas(h, "og:image:alt")).toEqual(["A green card for the metadata section"]);
    });

    it("resolves ./ alternates against the page's path and metadataBase", async () => {
      const h = head(await html("/meta/hello"));
      expect(links(h, "canonical").map((l) => l.href)).toEqual(["https://vinext.example/meta/hello"]);
      expect(links(h, "alternate")).toEqual([{ rel: "alternate", href: "https://vinext.example/meta/hello/de", hrefLang: "de-DE" }]);
    });

    it("carries the metadata in the Flight payload for client navigations", async () => {
      const res = await get("/meta/nested", { headers: { rsc: "1" } });
      expect(res.status).toBe(200);
      const flight = await res.text();
      expect(flight).toContain("Nested | Meta");
      expect(flight).toContain("https://vinext.example/meta/nested");
    });
  });

  describe("viewport", () => {
    it("merges the layout's theme colours and the page's generateViewport", async () => {
      const meta = head(await html("/meta"));
      expect(tags(meta, "meta").filter((m) => m.name === "theme-color")).toEqual([
        { name: "theme-color", content: "#ffffff", media: "(prefers-color-scheme: light)" },
        { name: "theme-color", content: "#000000", media: "(prefers-color-scheme: dark)" },
      ]);
      expect(metas(meta, "color-scheme")).toEqual(["light dark"]);
      const viewport = head(await html("/meta/viewport"));
      expect(metas(viewport, "viewport")).toEqual(["width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no"]);
      expect(metas(viewport, "theme-color")).toEqual(["red"]);
      expect(metas(viewport, "color-scheme")).toEqual(["light dark"]);
    });
  });

  describe("fields", () => {
    it("renders the basic, robots, verification, apple, twitter and icon fields", async () => {
      const h = head(await html("/meta/full"));
      expect(titleOf(h)).toEqual(["Everything | Meta"]);
      expect(metas(h, "application-name")).toEqual(["vinext playground"]);
      expect(metas(h, "author")).toEqual(["Ada", "Grace"]);
      expect(links(h, "author").map((l) => l.href)).toEqual(["https://grace.example"]);
      expect(metas(h, "robots")).toEqual(["noindex, follow, nocache"]);
      expect(metas(h, "googlebot")).toEqual(["index, nofollow, max-image-preview:large, max-snippet:-1"]);
      expect(metas(h, "google-site-verification")).toEqual(["g-token"]);
      expect(metas(h, "me")).toEqual(["my-email", "my-link"]);
      expect(metas(h, "format-detection")).toEqual(["telephone=no, email=no"]);
      expect(metas(h, "apple-mobile-web-app-status-bar-style")).toEqual(["black-translucent"]);
      expect(metas(h, "custom-tag")).toEqual(["one", "two"]);
      expect(metas(h, "twitter:card")).toEqual(["summary"]);
      expect(metas(h, "twitter:image")).toEqual(["https://vinext.example/tw.png"]);
      expect(links(h, "canonical").map((l) => l.href)).toEqual(["https://vinext.example/meta/full"]);
      expect(links(h, "prev").map((l) => l.href)).toEqual(["https://vinext.example/meta/full?page=1"]);
      // Declared icons replace the file-based ones.
      expect(links(h, "icon")).toEqual([{ rel: "icon", href: "/custom-icon.png", type: "image/png", sizes: "48x48" }]);
      expect(links(h, "shortcut icon").map((l) => l.href)).toEqual(["/shortcut.png"]);
      expect(links(h, "apple-touch-icon").map((l) => l.href)).toEqual(["/custom-apple.png"]);
    });
  });

  describe("metadata routes", () => {
    // Dev answers metadata routes with `no-cache, no-store` (edits show at once), so caching is checked on builds.
    it.skipIf(!isBuild(target))("serves robots.ts as /robots.txt", async () => {
      const res = await get("/robots.txt");
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("text/plain");
      expect(res.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
      expect(await res.text()).toBe(
        "User-Agent: *\nAllow: /\nDisallow: /_private\nDisallow: /api/\n\n" +
          "User-Agent: Googlebot-Image\nUser-Agent: AdsBot-Google\nDisallow: /meta/\nCrawl-delay: 5\n\n" +
          "Host: https://vinext.example\nSitemap: https://vinext.example/sitemap.xml\n",
      );
      // robots is a root-only convention.
      expect((await get("/about/robots.txt")).status).toBe(404);
    });

    it("serves sitemap.ts as /sitemap.xml", async () => {
      const res = await get("/sitemap.xml");
      expect(res.headers.get("content-type")).toBe("application/xml");
      const xml = await res.text();
      expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"')).toBe(true);
      expect(xml).toContain("<url>\n<loc>https://vinext.example</loc>\n<lastmod>2024-05-01T00:00:00.000Z</lastmod>\n<changefreq>daily</changefreq>\n<priority>1</priority>\n</url>");
      expect(xml).toContain('<xhtml:link rel="alternate" hreflang="de" href="https://vinext.example/de/about" />');
      expect(xml).toContain("<loc>https://vinext.example/blog?tag=a&amp;page=2</loc>");
    });

    it("serves generateSitemaps ids and 404s unknown ones", async () => {
      const res = await get("/meta/feed/sitemap/news.xml");
      expect(res.status).toBe(200);
      expect(await res.text()).toContain("<loc>https://vinext.example/news/1</loc>");
      expect((await get("/meta/feed/sitemap/unknown.xml")).status).toBe(404);
      expect((await get("/meta/feed/sitemap/news")).status).toBe(404);
    });

    it("serves manifest.ts as /manifest.webmanifest", async () => {
      const res = await get("/manifest.webmanifest");
      expect(res.headers.get("content-type")).toBe("application/manifest+json");
      expect(await res.json()).toMatchObject({ name: "vinext playground", start_url: "/", display: "standalone" });
    });

    it.skipIf(!isBuild(target))("serves static images with their content type and immutable caching", async () => {
      for (const [path, file] of [
        ["/apple-icon.png", "apple-icon.png"],
        ["/meta/opengraph-image.png", "meta/opengraph-image.png"],
      ]) {
        const res = await get(path!);
        expect(res.status, path).toBe(200);
        expect(res.headers.get("content-type")).toBe("image/png");
        expect(res.headers.get("cache-control")).toBe("public, immutable, no-transform, max-age=31536000");
        expect(Buffer.from(await res.arrayBuffer()).equals(playground(file!))).toBe(true);
      }
    });

    it("answers HEAD without a body and other methods with 405", async () => {
      const headRes = await get("/icon.png", { method: "HEAD" });
      expect(headRes.status).toBe(200);
      expect(await headRes.text()).toBe("");
      const post = await get("/sitemap.xml", { method: "POST" });
      expect(post.status).toBe(405);
      expect(post.headers.get("allow")).toBe("GET, HEAD");
    });
  });
}
