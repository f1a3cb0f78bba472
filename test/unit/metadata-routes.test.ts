// Serving metadata files: matching, content types, cache headers, generated
// routes and generateSitemaps (Next: test/e2e/app-dir/metadata "static routes";
// test/e2e/app-dir/metadata-dynamic-routes "sitemap", "robots.txt", "manifest").
import { afterEach, describe, expect, it, vi } from "vitest";
import type { AppManifest, MetadataFile, ModuleLoader } from "../../src/runtime/routing/app-manifest";
import { handleMetadataRoute } from "../../src/runtime/server/metadata-routes";

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 255]);
const dataUrl = `data:image/png;base64,${Buffer.from(PNG).toString("base64")}`;

const file = (f: Partial<MetadataFile> & Pick<MetadataFile, "kind" | "name" | "file">): MetadataFile => ({ segments: [], generated: false, contentType: "image/png", ...f });
const files: MetadataFile[] = [
  file({ kind: "icon", name: "icon.png", file: "/app/icon.png?inline", hash: "h" }),
  file({ kind: "favicon", name: "favicon.ico", file: "/app/favicon.ico?inline", contentType: "image/x-icon" }),
  file({ kind: "opengraph-image", name: "opengraph-image.png", file: "/app/blog/[slug]/og.png?inline", segments: [{ kind: "static", value: "blog" }, { kind: "dynamic", name: "slug" }] }),
  file({ kind: "robots", name: "robots.txt", file: "/app/robots.ts", generated: true, contentType: "text/plain" }),
  file({ kind: "sitemap", name: "sitemap.xml", file: "/app/sitemap.xml?raw", contentType: "application/xml" }),
  file({ kind: "sitemap", name: "sitemap.xml", file: "/app/docs/sitemap.ts", generated: true, contentType: "application/xml", segments: [{ kind: "static", value: "docs" }] }),
  file({ kind: "manifest", name: "manifest.webmanifest", file: "/app/manifest.ts", generated: true, contentType: "application/manifest+json" }),
];
const manifest: AppManifest = { routes: [], root: { dir: "", files: {} }, metadataRoutes: files };
const modules: Record<string, ModuleLoader> = {
  "/app/icon.png?inline": async () => ({ default: dataUrl }),
  "/app/favicon.ico?inline": async () => ({ default: dataUrl }),
  "/app/blog/[slug]/og.png?inline": async () => ({ default: dataUrl }),
  "/app/robots.ts": async () => ({ default: () => ({ rules: { userAgent: "*", disallow: "/admin" } }) }),
  "/app/sitemap.xml?raw": async () => ({ default: "<urlset/>" }),
  "/app/docs/sitemap.ts": async () => ({
    generateSitemaps: async () => [{ id: 0 }, { id: 1 }],
    default: async ({ id }: { id: Promise<number> }) => [{ url: `https://example.com/docs/${await id}` }],
  }),
  "/app/manifest.ts": async () => ({ default: () => ({ name: "App", start_url: "/" }) }),
};

const serve = (path: string, method = "GET") =>
  handleMetadataRoute({ request: new Request(`http://localhost${path}`, { method }), parts: path.split("/").filter(Boolean).map(decodeURIComponent), manifest, modules });

afterEach(() => vi.unstubAllEnvs());

describe("handleMetadataRoute", () => {
  it("serves static images byte for byte with immutable caching in production", async () => {
    vi.stubEnv("DEV", false);
    const res = (await serve("/icon.png"))!;
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(res.headers.get("cache-control")).toBe("public, immutable, no-transform, max-age=31536000");
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(PNG);
    const favicon = (await serve("/favicon.ico"))!;
    expect(favicon.headers.get("content-type")).toBe("image/x-icon");
    expect(favicon.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
  });

  it("does not cache images in dev", async () => {
    vi.stubEnv("DEV", true);
    expect((await serve("/icon.png"))!.headers.get("cache-control")).toBe("no-cache, no-store");
  });

  it("matches images in dynamic folders", async () => {
    expect((await serve("/blog/hello/opengraph-image.png"))?.status).toBe(200);
    expect(await serve("/blog/opengraph-image.png")).toBeNull();
    expect(await serve("/opengraph-image.png")).toBeNull();
  });

  it("runs robots.ts and manifest.ts", async () => {
    vi.stubEnv("DEV", false);
    const robots = (await serve("/robots.txt"))!;
    expect(robots.headers.get("content-type")).toBe("text/plain");
    expect(robots.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
    expect(await robots.text()).toBe("User-Agent: *\nDisallow: /admin\n\n");
    const webmanifest = (await serve("/manifest.webmanifest"))!;
    expect(webmanifest.headers.get("content-type")).toBe("application/manifest+json");
    expect(await webmanifest.json()).toEqual({ name: "App", start_url: "/" });
  });

  it("serves a static sitemap as written", async () => {
    const res = (await serve("/sitemap.xml"))!;
    expect(res.headers.get("content-type")).toBe("application/xml");
    expect(await res.text()).toBe("<urlset/>");
  });

  it("serves generateSitemaps ids at /sitemap/<id>.xml only (Next: should support generate multi sitemaps)", async () => {
    const one = (await serve("/docs/sitemap/1.xml"))!;
    expect(await one.text()).toContain("<loc>https://example.com/docs/1</loc>");
    expect(await serve("/docs/sitemap/1")).toBeNull();
    expect(await serve("/docs/sitemap/7.xml")).toBeNull();
    expect(await serve("/docs/sitemap.xml")).toBeNull();
  });

  it("answers other methods with 405 and leaves unknown paths to page matching", async () => {
    const res = (await serve("/robots.txt", "POST"))!;
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET, HEAD");
    expect(await serve("/about")).toBeNull();
    expect(await serve("/")).toBeNull();
  });
});
