// Metadata merging along the segment chain. Behaviour follows Next's
// test/e2e/app-dir/metadata (title-template fixtures, opengraph, twitter,
// robots, alternates, metadata-base) and the generate-metadata docs
// ("Merging", "URL Composition", title template/default/absolute).
import { describe, expect, it } from "vitest";
import type { MetadataFile } from "../../src/runtime/routing/app-manifest";
import { resolveMetadataChain, resolveViewportChain, type MetadataItem } from "../../src/runtime/rsc/metadata/chain";
import { resolveRobots } from "../../src/runtime/rsc/metadata/resolve";
import { resolveTitle } from "../../src/runtime/rsc/metadata/title";
import type { MetadataInput, ResolvedMetadata } from "../../src/runtime/rsc/metadata/types";
import { composeUrl, resolveUrl } from "../../src/runtime/rsc/metadata/url";
import { viewportContent } from "../../src/runtime/rsc/metadata/viewport";

const item = (metadata?: MetadataItem["metadata"], extra: Partial<MetadataItem> = {}): MetadataItem => ({ file: "x", props: {}, metadata, ...extra });
const options = { params: {}, pathname: "/", fallbackBase: new URL("http://127.0.0.1:3000") };
const resolve = (items: MetadataItem[], opts = options) => resolveMetadataChain(items, opts);

describe("resolveTitle", () => {
  it.each<[Parameters<typeof resolveTitle>[0], string | null, string, string | null]>([
    ["About", null, "About", null],
    ["About", "%s | Acme", "About | Acme", null],
    [{ default: "Acme", template: "%s | Acme" }, null, "Acme", "%s | Acme"],
    [{ default: "Docs", template: "%s | Docs" }, "%s | Acme", "Docs | Acme", "%s | Docs"],
    [{ absolute: "About" }, "%s | Acme", "About", null],
    [{ template: "%s | Acme" }, null, "", "%s | Acme"],
    ["50%s off", "%s!", "50%s off!", null],
  ])("%j with template %j", (title, template, absolute, nextTemplate) => {
    expect(resolveTitle(title, template)).toEqual({ absolute, template: nextTemplate });
  });
});

describe("title templates along the chain (Next: title-template fixtures)", () => {
  const root = item({ title: "root" });
  const tt = item({ title: { template: "%s | Layout", default: "title template layout default" } });
  const extra = item({ title: { template: "%s | Extra Layout", default: "extra layout default" } });

  it.each<[string, MetadataItem[], string]>([
    // app/title-template/page.tsx: the same folder's layout template does not apply.
    ["page next to its layout", [root, tt, item({ title: "Page" })], "Page"],
    ["page without title uses the layout's default", [root, tt, item(), item()], "title template layout default"],
    ["stashed title in one layer", [root, tt, extra, item({ title: "Extra Page" })], "Extra Page | Layout"],
    ["stashed title in two layers", [root, tt, extra, item(), item({ title: "Inner Page" })], "Inner Page | Extra Layout"],
    ["deep page without title", [root, tt, extra, item(), item(), item()], "extra layout default | Layout"],
    ["absolute ignores templates", [root, tt, extra, item(), item({ title: { absolute: "Mine" } })], "Mine"],
  ])("%s", async (_label, items, expected) => {
    expect((await resolve(items)).title?.absolute).toBe(expected);
  });
});

describe("merging", () => {
  it("replaces whole top-level keys and inherits the rest (docs: Merging)", async () => {
    const layout = item({ title: "Acme", description: "Acme is a...", openGraph: { title: "Acme", description: "Acme is a..." } });
    const blog = await resolve([layout, item({ title: "Blog", openGraph: { title: "Blog" } })]);
    expect(blog.title?.absolute).toBe("Blog");
    expect(blog.openGraph?.title.absolute).toBe("Blog");
    // The page's openGraph replaced the layout's; the description comes from the page-level description.
    expect(blog.openGraph?.description).toBe("Acme is a...");
    const about = await resolve([layout, item({ title: "About" })]);
    expect(about.openGraph?.title.absolute).toBe("Acme");
  });

  it("a key set to null or undefined clears the inherited value", async () => {
    const resolved = await resolve([item({ description: "parent", keywords: ["a"] }), item({ description: null, keywords: undefined })]);
    expect(resolved.description).toBeNull();
    expect(resolved.keywords).toBeNull();
  });

  it("generateMetadata gets props and a promise of the parent's resolved metadata", async () => {
    const seen: ResolvedMetadata[] = [];
    const page = item(
      async (props, parent) => {
        const resolved = await parent;
        seen.push(resolved);
        const { slug } = (await props.params) as { slug: string };
        return { title: `Post ${slug}`, keywords: [...(resolved.keywords ?? []), slug] };
      },
      { props: { params: Promise.resolve({ slug: "hello" }) } },
    );
    const resolved = await resolve([item({ keywords: ["parent"], title: { template: "%s | Blog", default: "Blog" } }), item(), page]);
    expect(resolved.title?.absolute).toBe("Post hello | Blog");
    expect(resolved.keywords).toEqual(["parent", "hello"]);
    expect(seen[0]!.title).toEqual({ absolute: "Blog", template: "%s | Blog" });
  });

  it("starts every generateMetadata before earlier ones finish", async () => {
    const started: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((done) => (release = done));
    const slow = item(async () => {
      started.push("layout");
      await gate;
      return { title: "slow" };
    });
    const fast = item(async () => {
      started.push("page");
      return {};
    });
    const pending = resolve([slow, fast]);
    await new Promise((r) => setTimeout(r, 10));
    expect(started).toEqual(["layout", "page"]);
    release();
    expect((await pending).title?.absolute).toBe("slow");
  });

  it("rejects with the error a generateMetadata throws", async () => {
    const boom = Object.assign(new Error("NEXT_HTTP_ERROR_FALLBACK;404"), { digest: "NEXT_HTTP_ERROR_FALLBACK;404" });
    await expect(resolve([item({ title: "a" }), item(() => Promise.reject(boom))])).rejects.toBe(boom);
  });
});

describe("URLs and metadataBase (docs: URL Composition)", () => {
  const base = new URL("https://acme.com");
  it.each([
    ["/", "https://acme.com"],
    ["./", "https://acme.com"],
    ["payments", "https://acme.com/payments"],
    ["/payments", "https://acme.com/payments"],
    ["./payments", "https://acme.com/payments"],
    ["../payments", "https://acme.com/payments"],
    ["/feed?page=2#top", "https://acme.com/feed?page=2#top"],
  ])("%s → %s", (input, expected) => {
    expect(composeUrl(base, input)).toBe(expected);
  });

  it("keeps the base path and ignores the base for absolute values", () => {
    expect(composeUrl(new URL("https://bar.example/url/"), "subpath")).toBe("https://bar.example/url/subpath");
    expect(resolveUrl("https://beta.acme.com/payments", base)).toBe("https://beta.acme.com/payments");
    expect(resolveUrl("/relative", null)).toBe("/relative");
  });

  it("resolves ./ in alternates against the current path (Next: should relative canonical url)", async () => {
    const layout = item({ metadataBase: "https://example.com", alternates: { canonical: "./", languages: { "en-US": "./en-US" } } });
    const resolved = await resolve([layout, item()], { ...options, pathname: "/alternates/child/123" });
    expect(resolved.alternates?.canonical?.url).toBe("https://example.com/alternates/child/123");
    expect(resolved.alternates?.languages?.["en-US"]?.[0]?.url).toBe("https://example.com/alternates/child/123/en-US");
  });

  it("applies metadataBase to fields in the segment that sets it and below", async () => {
    const resolved = await resolve([item({ openGraph: { images: "/root.png" } }), item({ metadataBase: new URL("https://cdn.example"), twitter: { images: "/tw.png" } })]);
    expect(resolved.openGraph?.images?.[0]?.url).toBe("http://127.0.0.1:3000/root.png");
    expect(resolved.twitter?.images?.[0]?.url).toBe("https://cdn.example/tw.png");
  });

  it("names the file for an unparsable metadataBase", async () => {
    await expect(resolve([item({ metadataBase: "not a url" }, { file: "/app/layout.tsx" })])).rejects.toThrow(/\[vinext\] \/app\/layout\.tsx: metadataBase/);
  });
});

describe("Open Graph and Twitter", () => {
  it("Twitter borrows title, description and images from Open Graph (Next: should support opengraph tags)", async () => {
    const resolved = await resolve([item({ openGraph: { title: "My custom title", description: "My custom description", images: [{ url: "https://example.com/image.png", width: 800 }] } })]);
    expect(resolved.twitter).toMatchObject({ card: "summary_large_image", title: { absolute: "My custom title" }, description: "My custom description" });
    expect(resolved.twitter?.images?.[0]).toMatchObject({ url: "https://example.com/image.png", width: 800 });
  });

  it("Open Graph titles use the Open Graph template of an ancestor", async () => {
    const resolved = await resolve([item({ openGraph: { title: { template: "%s | Layout open graph title", default: "x" } } }), item(), item({ openGraph: { title: "My custom title" } })]);
    expect(resolved.openGraph?.title.absolute).toBe("My custom title | Layout open graph title");
  });

  it("the card is summary without images", async () => {
    expect((await resolve([item({ twitter: { title: "t" } })])).twitter?.card).toBe("summary");
  });
});

describe("metadata files", () => {
  const file = (kind: MetadataFile["kind"], name: string, extra: Partial<MetadataFile> = {}): MetadataFile => ({
    kind,
    name,
    segments: [{ kind: "static", value: "blog" }, { kind: "dynamic", name: "slug" }],
    file: `/app/${name}?inline`,
    generated: false,
    contentType: "image/png",
    hash: "abc123",
    ...extra,
  });
  const og = file("opengraph-image", "opengraph-image.png", { width: 1200, height: 630, alt: "Cover" });
  const icon = file("icon", "icon.png", { sizes: "32x32" });
  const opts = { ...options, params: { slug: "a b" } };

  it("fill params into image URLs and make social images absolute", async () => {
    const resolved = await resolve([item({ metadataBase: "https://example.com" }), item(undefined, { files: [og, icon] })], opts);
    expect(resolved.openGraph?.images).toEqual([{ url: "https://example.com/blog/a%20b/opengraph-image.png?abc123", type: "image/png", width: 1200, height: 630, alt: "Cover" }]);
    expect(resolved.icons?.icon).toEqual([{ url: "/blog/a%20b/icon.png?abc123", type: "image/png", sizes: "32x32" }]);
    expect(resolved.twitter?.images?.[0]?.url).toBe("https://example.com/blog/a%20b/opengraph-image.png?abc123");
  });

  it("a segment's own images win over its files; a child's openGraph replaces the files' images", async () => {
    const own = await resolve([item({ openGraph: { title: "t", images: undefined } }, { files: [og] })], opts);
    expect(own.openGraph?.images).toEqual([]);
    const child = await resolve([item(undefined, { files: [og] }), item(), item({ openGraph: { title: "no-og-image", images: undefined } })], opts);
    expect(child.openGraph?.images).toEqual([]);
    const inherit = await resolve([item(undefined, { files: [og] }), item({ twitter: { card: "summary_large_image" } })], opts);
    expect(inherit.twitter?.images?.[0]?.url).toMatch(/opengraph-image\.png\?abc123$/);
  });

  it("declared icons win over icon files (Next: icon should be overridden)", async () => {
    const resolved = await resolve([item(undefined, { files: [icon] }), item({ icons: ["https://custom-icon-1.png"] })], opts);
    expect(resolved.icons?.icon).toEqual([{ url: "https://custom-icon-1.png" }]);
  });

  it("the favicon keeps a stable URL and the manifest file becomes the manifest link", async () => {
    const favicon = file("favicon", "favicon.ico", { segments: [], contentType: "image/x-icon", sizes: "16x16" });
    const manifest = file("manifest", "manifest.webmanifest", { segments: [], generated: true, hash: undefined, contentType: "application/manifest+json" });
    const resolved = await resolve([item(undefined, { files: [favicon, manifest] })]);
    expect(resolved.icons?.icon).toEqual([{ url: "/favicon.ico", type: "image/x-icon", sizes: "16x16" }]);
    expect(resolved.manifest).toBe("/manifest.webmanifest");
  });
});

describe("robots (Next: should support robots tags)", () => {
  it("turns flags into Next's strings", () => {
    const robots: MetadataInput["robots"] = {
      index: false,
      follow: true,
      nocache: true,
      googleBot: { index: true, follow: false, noimageindex: true, "max-video-preview": "standard", "max-image-preview": -1, "max-snippet": -1 },
    };
    expect(resolveRobots(robots)).toEqual({
      basic: "noindex, follow, nocache",
      googleBot: "index, nofollow, noimageindex, max-video-preview:standard, max-image-preview:-1, max-snippet:-1",
    });
    expect(resolveRobots("index, follow")).toEqual({ basic: "index, follow", googleBot: null });
  });
});

describe("viewport", () => {
  it("merges keys over the default and writes Next's content string", async () => {
    const items = [item(undefined, { viewport: { themeColor: "black", colorScheme: "dark" } }), item(undefined, { viewport: () => ({ maximumScale: 1, userScalable: false }) })];
    const viewport = await resolveViewportChain(items);
    expect(viewportContent(viewport)).toBe("width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no");
    expect(viewport.themeColor).toEqual([{ color: "black" }]);
    expect(viewport.colorScheme).toBe("dark");
  });

  it("defaults to width=device-width, initial-scale=1", async () => {
    expect(viewportContent(await resolveViewportChain([item()]))).toBe("width=device-width, initial-scale=1");
  });
});

describe("parent isolation", () => {
  it("a generateMetadata that edits `parent` does not change what later segments or the page see", async () => {
    const resolved = await resolveMetadataChain(
      [
        item({ keywords: ["a"], openGraph: { images: ["https://example.com/a.png"] } }),
        item(async (_props, parent) => {
          const p = await parent;
          p.keywords!.push("mutated");
          p.openGraph!.images!.push({ url: "https://example.com/mutated.png" });
          return {};
        }),
      ],
      options,
    );
    expect(resolved.keywords).toEqual(["a"]);
    expect(resolved.openGraph?.images?.map((i) => String(i.url))).toEqual(["https://example.com/a.png"]);
  });
});
