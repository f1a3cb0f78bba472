// next/og and image metadata files drawn by code, on every preset. Follows Next's
// test/e2e/og-api (ImageResponse from a route handler) and
// test/e2e/app-dir/metadata-dynamic-routes ("social image routes", "icon image
// routes", generateImageMetadata ids, unique paths under route groups), plus the
// opengraph-image and app-icons docs (sizes, type, alt in <head>).
// Fixtures: playground/app/app/og-demo/.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isBuild, outputOf, text, type SuiteContext } from "../_suite";

type Attrs = Record<string, string>;

/** Width and height from a PNG's IHDR chunk; fails unless the bytes are a PNG. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  expect([...bytes.slice(0, 8)], "PNG signature").toEqual(signature);
  expect(new TextDecoder().decode(bytes.slice(12, 16)), "first chunk").toBe("IHDR");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function headTags(html: string, tag: "meta" | "link"): Attrs[] {
  const head = /<head>([\s\S]*?)<\/head>/.exec(html)?.[1] ?? "";
  return [...head.matchAll(new RegExp(`<${tag}\\s([^>]*?)/?>`, "g"))].map((m) =>
    Object.fromEntries([...m[1]!.matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!.replace(/&amp;/g, "&")])),
  );
}

/** Every file under `dir`, recursively. */
function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]));
}

const meta = (html: string, key: string) => headTags(html, "meta").filter((m) => m.property === key || m.name === key).map((m) => m.content);
const links = (html: string, rel: string) => headTags(html, "link").filter((l) => l.rel === rel);

/** Path and query of a URL from <head> (absolute for social images). */
const local = (href: string) => {
  const url = new URL(href, "http://x");
  return url.pathname + url.search;
};

export default function ogImages({ target, server, get, html }: SuiteContext) {
  const revalidate = isBuild(target) ? "public, max-age=0, must-revalidate" : "no-cache, no-store";

  async function png(path: string): Promise<{ res: Response; size: { width: number; height: number } }> {
    const res = await get(path);
    if (res.status !== 200) expect.fail(`${path}: ${res.status} ${(await res.text()).slice(0, 300)}\n${server().logs().slice(-3000)}`);
    expect(res.headers.get("content-type"), path).toBe("image/png");
    return { res, size: pngSize(new Uint8Array(await res.arrayBuffer())) };
  }

  describe("ImageResponse", () => {
    it("renders JSX to a PNG of the requested size from a route handler, with its headers", async () => {
      const { res, size } = await png("/og-demo/image?title=vinext");
      expect(size).toEqual({ width: 800, height: 400 });
      expect(res.headers.get("x-og")).toBe("route");
      expect(res.headers.get("cache-control")).toBe(isBuild(target) ? "public, immutable, no-transform, max-age=31536000" : "no-cache, no-store");
    });

    it("uses the fonts it is given instead of the default one", async () => {
      const [regular, bold] = await Promise.all(["", "&font=bold"].map((q) => get(`/og-demo/image?title=fonts${q}`).then((r) => r.arrayBuffer())));
      expect(pngSize(new Uint8Array(bold!))).toEqual({ width: 800, height: 400 });
      expect(Buffer.from(regular!).equals(Buffer.from(bold!))).toBe(false);
    });

    it("draws the text it is given (different titles give different images)", async () => {
      const [a, b] = await Promise.all(["a", "something much longer"].map((t) => get(`/og-demo/image?title=${encodeURIComponent(t)}`).then((r) => r.arrayBuffer())));
      expect(Buffer.from(a!).equals(Buffer.from(b!))).toBe(false);
    });
  });

  it("lets a client component import next/server without the image renderer", async () => {
    expect(text(await html("/og-demo"), "og-client-ua")).toBe("mobile");
  });

  it.skipIf(!isBuild(target))("keeps the renderer and its wasm out of the client bundle and the server's entry chunks", () => {
    const { publicDir, serverDir } = outputOf(target);
    // "AGFzbQ" is the wasm magic number in base64: an inlined module.
    for (const file of files(publicDir).filter((f) => /\.m?js$/.test(f))) {
      const code = readFileSync(file, "utf8");
      expect(/initWasm|AGFzbQ|yoga/i.test(code), file).toBe(false);
    }
    for (const entry of ["index.mjs", "_ssr/rsc.mjs"]) {
      const file = join(serverDir, entry);
      if (existsSync(file)) expect(/initWasm|AGFzbQ/.test(readFileSync(file, "utf8")), file).toBe(false);
    }
    const server = files(serverDir);
    // Workers get the engines as wasm modules; Node has them inlined in a lazily loaded chunk.
    const wasm = server.filter((f) => f.endsWith(".wasm"));
    if (target.name === "cloudflare-module") expect(wasm.map((f) => f.replace(/^.*\/wasm\//, "").replace(/-\w+\.wasm$/, "")).sort()).toEqual(["resvg", "satori-yoga"]);
    else expect(server.some((f) => f.endsWith(".mjs") && readFileSync(f, "utf8").includes("AGFzbQ"))).toBe(true);
  });

  describe("image files drawn by code", () => {
    it("links opengraph-image and twitter-image with size, type and alt from their exports", async () => {
      const page = await html("/og-demo");
      const [og] = meta(page, "og:image");
      expect(og).toMatch(/^https:\/\/og\.example\.com\/og-demo\/opengraph-image\?\w+$/);
      expect(meta(page, "og:image:width")).toEqual(["1200"]);
      expect(meta(page, "og:image:height")).toEqual(["630"]);
      expect(meta(page, "og:image:type")).toEqual(["image/png"]);
      expect(meta(page, "og:image:alt")).toEqual(["vinext OG demo"]);
      const [tw] = meta(page, "twitter:image");
      expect(tw).toMatch(/^https:\/\/og\.example\.com\/og-demo\/twitter-image\?\w+$/);
      expect(meta(page, "twitter:image:alt")).toEqual(["vinext Twitter card"]);
      expect(meta(page, "twitter:card")).toEqual(["summary_large_image"]);

      const ogImage = await png(local(og!));
      expect(ogImage.size).toEqual({ width: 1200, height: 630 });
      expect(ogImage.res.headers.get("cache-control")).toBe(revalidate);
      expect((await png(local(tw!))).size).toEqual({ width: 800, height: 418 });
    });

    it("links icon with sizes from `size`, and apple-icon without sizes when it exports none", async () => {
      const page = await html("/og-demo");
      const icons = links(page, "icon");
      expect(icons).toHaveLength(1);
      expect(icons[0]).toMatchObject({ type: "image/png", sizes: "32x32" });
      expect(icons[0]!.href).toMatch(/^\/og-demo\/icon\?\w+$/);
      const [apple] = links(page, "apple-touch-icon");
      expect(apple).toMatchObject({ type: "image/png" });
      expect(apple!.sizes).toBeUndefined();
      const icon = await png(icons[0]!.href);
      expect(icon.size).toEqual({ width: 32, height: 32 });
      expect(icon.res.headers.get("cache-control")).toBe(revalidate);
      expect((await png(apple!.href)).size).toEqual({ width: 180, height: 180 });
    });

    it("serves one image per generateImageMetadata item at <name>/<id> (the index when an item has no id)", async () => {
      const page = await html("/og-demo/big");
      const icons = links(page, "icon").map((l) => ({ path: l.href!.split("?")[0], sizes: l.sizes, type: l.type }));
      expect(icons).toEqual([
        { path: "/og-demo/big/icon/small", sizes: "48x48", type: "image/png" },
        { path: "/og-demo/big/icon/medium", sizes: "72x72", type: "image/png" },
      ]);
      const apple = links(page, "apple-touch-icon").map((l) => ({ path: l.href!.split("?")[0], sizes: l.sizes }));
      expect(apple).toEqual([
        { path: "/og-demo/big/apple-icon/0", sizes: "60x60" },
        { path: "/og-demo/big/apple-icon/1", sizes: "120x120" },
      ]);
      for (const { path, sizes } of [...icons, ...apple]) {
        const [w, h] = sizes!.split("x").map(Number);
        expect((await png(path!)).size, path).toEqual({ width: w, height: h });
      }
    });

    it("fills params into the image URL and passes them to the image function", async () => {
      const sizes: Record<string, { width: number; height: number }> = {};
      for (const slug of ["big", "small"]) {
        const [og] = meta(await html(`/og-demo/${slug}`), "og:image");
        expect(og).toMatch(new RegExp(`/og-demo/${slug}/opengraph-image\\?\\w+$`));
        sizes[slug] = (await png(local(og!))).size;
      }
      expect(sizes).toEqual({ big: { width: 1200, height: 630 }, small: { width: 600, height: 315 } });
    });

    it("answers 404 for an unknown id or the bare name of a file with generateImageMetadata, 405 for other methods", async () => {
      expect((await get("/og-demo/big/icon/large")).status).toBe(404);
      expect((await get("/og-demo/big/icon")).status).toBe(404);
      expect((await get("/og-demo/icon/small")).status).toBe(404);
      const post = await get("/og-demo/icon", { method: "POST" });
      expect(post.status).toBe(405);
      // Still serving after the refusals.
      expect((await png("/og-demo/big/icon/small")).size).toEqual({ width: 48, height: 48 });
    });

    it("answers 500 when an image fails to draw, and keeps serving (the page itself still renders)", async () => {
      const page = await html("/og-demo/broken");
      const [icon] = links(page, "icon");
      expect(icon!.href).toMatch(/^\/og-demo\/broken\/icon\?\w+$/);
      const res = await get(icon!.href);
      expect(res.status).toBe(500);
      expect(await res.text()).not.toMatch(/display/);
      expect((await png("/og-demo/icon")).size).toEqual({ width: 32, height: 32 });
    });

    it("answers HEAD with the image headers and no body", async () => {
      const res = await get("/og-demo/icon", { method: "HEAD" });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("image/png");
      expect((await res.arrayBuffer()).byteLength).toBe(0);
    });

    it("gives an image under a route group a unique suffixed path", async () => {
      const page = await html("/og-demo/card");
      const [tw] = meta(page, "twitter:image");
      expect(tw).toMatch(/\/og-demo\/card\/twitter-image-\w{6}\?\w+$/);
      expect(tw).not.toContain("(cards)");
      expect((await png(local(tw!))).size).toEqual({ width: 600, height: 314 });
    });
  });
}
