// Image files drawn by code in folders without dynamic segments are generated at
// build time and served as static files; ones that read request APIs or opt out
// stay per request. Next: test/e2e/app-dir/metadata-dynamic-routes ("should
// optimize routes without multiple generation API as static routes", CACHE_HEADERS)
// and the opengraph-image docs ("statically optimized … unless they use Dynamic APIs").
// Fixtures: playground/app/app/og-demo/stamp/ (the image text holds Date.now() and a run counter).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { isBuild, outputOf, type SuiteContext } from "../_suite";

const REVALIDATE = "public, max-age=0, must-revalidate";
const STATIC_IMAGES = [
  { path: "/og-demo/stamp/opengraph-image", width: 400, height: 210 },
  { path: "/og-demo/stamp/icon/small", width: 160, height: 40 },
  { path: "/og-demo/stamp/icon/large", width: 240, height: 60 },
  // The images the other suites check (og-images.ts) are in static folders too.
  { path: "/og-demo/icon", width: 32, height: 32 },
];

export default function ogPrerender({ target, get, html }: SuiteContext) {
  async function image(path: string, base = ""): Promise<{ res: Response; bytes: Buffer }> {
    const res = base ? await fetch(base + path) : await get(path);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(res.status, `${path}: ${bytes.toString("utf8", 0, 200)}`).toBe(200);
    return { res, bytes };
  }

  describe.skipIf(!isBuild(target))("generated at build time", () => {
    it("writes the images of static folders (and each generateImageMetadata item) into the public output", async () => {
      const { publicDir } = outputOf(target);
      for (const { path, width, height } of STATIC_IMAGES) {
        const file = join(publicDir, path);
        expect(existsSync(file), file).toBe(true);
        expect(await sharp(readFileSync(file)).metadata(), path).toMatchObject({ format: "png", width, height });
      }
      // Under a dynamic segment, or reading request APIs, or force-dynamic: no file.
      for (const path of ["/og-demo/big/icon/small", "/og-demo/stamp/request/icon", "/og-demo/stamp/request/opengraph-image", "/og-demo/broken/icon"]) {
        expect(existsSync(join(publicDir, path)), path).toBe(false);
      }
    });

    it("serves the written bytes as a PNG of the declared size with Next's content type and cache header", async () => {
      const { publicDir } = outputOf(target);
      for (const { path, width, height } of STATIC_IMAGES) {
        const { res, bytes } = await image(path);
        expect(res.headers.get("content-type"), path).toBe("image/png");
        expect(res.headers.get("cache-control"), path).toBe(REVALIDATE);
        expect(await sharp(bytes).metadata(), path).toMatchObject({ format: "png", width, height });
        expect(bytes.equals(readFileSync(join(publicDir, path))), `${path} is the build's file`).toBe(true);
      }
    });

    it("does not run the image module per request: two requests and a fresh server give the same bytes", async () => {
      const paths = ["/og-demo/stamp/opengraph-image", "/og-demo/stamp/icon/small"];
      const first = await Promise.all(paths.map(async (path) => (await image(path)).bytes));
      const second = await Promise.all(paths.map(async (path) => (await image(path)).bytes));
      const restarted = await target.start();
      try {
        const third = await Promise.all(paths.map(async (path) => (await image(path, restarted.url)).bytes));
        paths.forEach((path, i) => {
          expect(second[i]!.equals(first[i]!), path).toBe(true);
          expect(third[i]!.equals(first[i]!), `${path} after a restart`).toBe(true);
        });
      } finally {
        await restarted.stop();
      }
    });

    it("keeps images that read request APIs or are force-dynamic per request (their bytes change)", async () => {
      for (const path of ["/og-demo/stamp/request/icon", "/og-demo/stamp/request/opengraph-image"]) {
        const a = await image(path);
        const b = await image(path);
        expect(a.res.headers.get("content-type"), path).toBe("image/png");
        expect(a.res.headers.get("cache-control"), path).toBe(REVALIDATE);
        expect(b.bytes.equals(a.bytes), `${path} is drawn per request`).toBe(false);
      }
    });
  });

  it("links the images from <head> with their hash query and sizes, as before", async () => {
    const page = await html("/og-demo/stamp");
    expect(page).toMatch(/<meta property="og:image" content="[^"]*\/og-demo\/stamp\/opengraph-image\?\w+"/);
    const icons = [...page.matchAll(/<link rel="icon"[^>]*>/g)].map((m) => m[0]);
    expect(icons).toHaveLength(2);
    expect(icons[0]).toMatch(/href="\/og-demo\/stamp\/icon\/small\?\w+"/);
    expect(icons[0]).toMatch(/sizes="160x40"/);
    expect(icons[1]).toMatch(/href="\/og-demo\/stamp\/icon\/large\?\w+"/);
  });
}
