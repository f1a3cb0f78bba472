// Head tags from resolved metadata: names, values and order as Next writes them
// (Next: test/e2e/app-dir/metadata "should support other basic tags", "apple",
// "verification", "app-links", "twitter" cases; generate-metadata docs "<head> output").
import { createElement, Fragment, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { AppRoute, ModuleLoader } from "../../src/runtime/routing/app-manifest";
import { renderNotFoundMetadata, renderRouteMetadata } from "../../src/runtime/rsc/metadata";
import { resolveMetadataChain, resolveViewportChain, type MetadataItem } from "../../src/runtime/rsc/metadata/chain";
import { metadataTags, renderTags } from "../../src/runtime/rsc/metadata/render";
import type { MetadataInput, ViewportInput } from "../../src/runtime/rsc/metadata/types";

const markup = (node: ReactNode) => renderToStaticMarkup(createElement(Fragment, null, node));

async function tagsFor(metadata: MetadataInput, viewport?: ViewportInput) {
  const items: MetadataItem[] = [{ file: "page.tsx", props: {}, metadata, viewport }];
  const resolved = await resolveMetadataChain(items, { params: {}, pathname: "/", fallbackBase: null });
  return metadataTags(resolved, await resolveViewportChain(items));
}

const html = async (metadata: MetadataInput, viewport?: ViewportInput) => markup(renderTags(await tagsFor(metadata, viewport)));

/** `name|property` → content for every meta tag, in order. */
const metas = (tags: Awaited<ReturnType<typeof tagsFor>>) =>
  tags.filter(([tag]) => tag === "meta").map(([, p]) => [p.name ?? p.property ?? (p.charSet ? "charset" : ""), p.content ?? p.charSet]);

describe("head tags", () => {
  it("always writes charset and the default viewport first", async () => {
    expect(await html({})).toBe('<meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>');
  });

  it("writes the basic tags in Next's order", async () => {
    const tags = await tagsFor(
      {
        generator: "next.js",
        applicationName: "test",
        referrer: "origin-when-cross-origin",
        keywords: ["next.js", "react", "javascript"],
        authors: [{ name: "huozhi" }, { name: "tree", url: "https://tree.com" }],
        creator: "shu",
        publisher: "vercel",
        robots: "index, follow",
        formatDetection: { email: false, address: false, telephone: false, url: true },
        title: "T",
        description: "D",
      },
      { maximumScale: 1, interactiveWidget: "resizes-visual", colorScheme: "dark", themeColor: { color: "cyan", media: "(prefers-color-scheme: dark)" } },
    );
    expect(metas(tags)).toEqual([
      ["charset", "utf-8"],
      ["viewport", "width=device-width, initial-scale=1, maximum-scale=1, interactive-widget=resizes-visual"],
      ["theme-color", "cyan"],
      ["color-scheme", "dark"],
      ["description", "D"],
      ["application-name", "test"],
      ["author", "huozhi"],
      ["author", "tree"],
      ["generator", "next.js"],
      ["keywords", "next.js,react,javascript"],
      ["referrer", "origin-when-cross-origin"],
      ["creator", "shu"],
      ["publisher", "vercel"],
      ["robots", "index, follow"],
      ["format-detection", "telephone=no, address=no, email=no"],
    ]);
    expect(tags.find(([, p]) => p.name === "theme-color")![1].media).toBe("(prefers-color-scheme: dark)");
    expect(tags.findIndex(([t]) => t === "title")).toBe(4);
    expect(tags.find(([, p]) => p.rel === "author")![1].href).toBe("https://tree.com");
  });

  it("renders a title as one text child and escapes attribute values", async () => {
    const out = await html({ title: 'A "quoted" <title>', description: "x & y" });
    expect(out).toContain("<title>A &quot;quoted&quot; &lt;title&gt;</title>");
    expect(out).toContain('<meta name="description" content="x &amp; y"/>');
  });

  it("writes apple, verification, app links and alternates tags", async () => {
    const tags = await tagsFor({
      itunes: { appId: "myAppStoreID", appArgument: "myAppArgument" },
      appleWebApp: { title: "Apple Web App", statusBarStyle: "black-translucent", startupImage: ["/s1.png", { url: "/s2.png", media: "(device-width: 768px)" }] },
      verification: { google: "google", yahoo: "yahoo", yandex: "yandex", other: { me: ["my-email", "my-link"] } },
      appLinks: { ios: { url: "https://example.com/ios", app_store_id: "app_store_id" }, web: { url: "https://example.com/web", should_fallback: true } },
      alternates: { canonical: "https://example.com/alternates", languages: { "en-US": "https://example.com/en-US" }, types: { "application/rss+xml": [{ url: "https://example.com/blog.rss", title: "rss" }] } },
      manifest: "/api/manifest",
    });
    const m = Object.fromEntries(metas(tags).map(([k, v]) => [k, v]));
    expect(m).toMatchObject({
      "apple-itunes-app": "app-id=myAppStoreID, app-argument=myAppArgument",
      "mobile-web-app-capable": "yes",
      "apple-mobile-web-app-title": "Apple Web App",
      "apple-mobile-web-app-status-bar-style": "black-translucent",
      "google-site-verification": "google",
      y_key: "yahoo",
      "yandex-verification": "yandex",
      "al:ios:url": "https://example.com/ios",
      "al:web:should_fallback": "true",
    });
    expect(metas(tags).filter(([k]) => k === "me")).toEqual([["me", "my-email"], ["me", "my-link"]]);
    const links = tags.filter(([t]) => t === "link").map(([, p]) => p);
    expect(links).toContainEqual({ rel: "apple-touch-startup-image", href: "/s2.png", media: "(device-width: 768px)" });
    expect(links).toContainEqual({ rel: "canonical", href: "https://example.com/alternates" });
    expect(links).toContainEqual({ rel: "alternate", href: "https://example.com/en-US", hrefLang: "en-US" });
    expect(links).toContainEqual({ rel: "alternate", href: "https://example.com/blog.rss", type: "application/rss+xml", title: "rss" });
    expect(links).toContainEqual({ rel: "manifest", href: "/api/manifest", crossOrigin: "use-credentials" });
  });

  it("writes Open Graph article fields and a Twitter app card", async () => {
    const tags = await tagsFor({
      openGraph: { title: "OG", type: "article", publishedTime: "2023-01-01T00:00:00.000Z", authors: ["author1", "author2"], emails: "author@vercel.com" },
      twitter: { card: "app", title: "Twitter Title", siteId: "siteId", images: ["https://twitter.com/image.png"], app: { name: "twitter_app", id: { iphone: "twitter_app://iphone", googleplay: "twitter_app://googleplay" }, url: { iphone: "https://iphone_url" } } },
    });
    const all = metas(tags);
    expect(all).toContainEqual(["og:type", "article"]);
    expect(all).toContainEqual(["og:email", "author@vercel.com"]);
    expect(all.filter(([k]) => k === "article:author")).toEqual([["article:author", "author1"], ["article:author", "author2"]]);
    expect(all).toContainEqual(["twitter:card", "app"]);
    expect(all).toContainEqual(["twitter:app:id:googleplay", "twitter_app://googleplay"]);
    expect(all).toContainEqual(["twitter:app:url:iphone", "https://iphone_url"]);
    expect(all.find(([k]) => k === "twitter:app:url:googleplay")).toBeUndefined();
  });

  it("orders icons shortcut, icon, apple, other", async () => {
    const tags = await tagsFor({
      icons: { other: { rel: "other-touch-icon", url: "/other.png" }, apple: [{ url: "/apple-icon-x3.png", sizes: "180x180", type: "image/png" }], icon: "/icon.png", shortcut: "/shortcut-icon.png" },
    });
    expect(tags.filter(([t]) => t === "link").map(([, p]) => [p.rel, p.href, p.sizes])).toEqual([
      ["shortcut icon", "/shortcut-icon.png", undefined],
      ["icon", "/icon.png", undefined],
      ["apple-touch-icon", "/apple-icon-x3.png", "180x180"],
      ["other-touch-icon", "/other.png", undefined],
    ]);
  });
});

describe("renderRouteMetadata", () => {
  const route: AppRoute = {
    pattern: "/blog/[slug]",
    kind: "page",
    segments: [{ kind: "static", value: "blog" }, { kind: "dynamic", name: "slug" }],
    chain: [
      { dir: "", files: { layout: "/app/layout.tsx" } },
      { dir: "blog", files: {} },
      { dir: "blog/[slug]", files: { page: "/app/blog/[slug]/page.tsx" } },
    ],
  };
  const mods = (page: Record<string, unknown>): Record<string, ModuleLoader> => ({
    "/app/layout.tsx": async () => ({ metadata: { title: { template: "%s | Site", default: "Site" }, description: "root" } }),
    "/app/blog/[slug]/page.tsx": async () => page,
  });

  it("resolves layouts then the page with params and searchParams", async () => {
    const page = {
      generateMetadata: async ({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string>> }) => ({
        title: `Post ${(await params).slug}`,
        description: `q=${(await searchParams).q}`,
      }),
      generateViewport: () => ({ themeColor: "red" }),
    };
    const out = markup(await renderRouteMetadata({ route, params: { slug: "hi" }, searchParams: new URLSearchParams("q=x"), modules: mods(page) }));
    expect(out).toBe(
      '<meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><meta name="theme-color" content="red"/>' +
        '<title>Post hi | Site</title><meta name="description" content="q=x"/>',
    );
  });

  it("refuses a module exporting both metadata and generateMetadata", async () => {
    const modules = mods({ metadata: {}, generateMetadata: () => ({}) });
    await expect(renderRouteMetadata({ route, params: { slug: "a" }, searchParams: new URLSearchParams(), modules })).rejects.toThrow(
      "[vinext] /app/blog/[slug]/page.tsx: exports both `metadata` and `generateMetadata`",
    );
  });

  it("gives the root not-found page its metadata plus robots noindex", async () => {
    const modules: Record<string, ModuleLoader> = {
      "/app/layout.tsx": async () => ({ metadata: { title: { template: "%s | Site", default: "Site" } } }),
      "/app/not-found.tsx": async () => ({ metadata: { title: "Not found", description: "Root not found description" } }),
    };
    const out = markup(await renderNotFoundMetadata({ root: { dir: "", files: { layout: "/app/layout.tsx", "not-found": "/app/not-found.tsx" } }, modules }));
    expect(out).toContain("<title>Not found | Site</title>");
    expect(out).toContain('<meta name="description" content="Root not found description"/>');
    expect(out).toContain('<meta name="robots" content="noindex"/>');
    expect(out.startsWith('<meta charSet="utf-8"/><meta name="viewport"')).toBe(true);
  });
});
