// The /_next/image handler in-process, with Node's real resizer (sharp) and the real
// cache handler on an in-memory store: formats, widths, headers, the storage layer
// (X-Nextjs-Cache MISS then HIT, one resize), 304s, and a host that cannot resize.
// Next: test/integration/image-optimizer/test/util.ts ("should use cached image file
// when parameters are the same", "should set 304 status without body when etag matches").
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { resizeImage } from "../../src/nitro/runtime/image-sharp";
import { IMAGE_DEFAULTS } from "../../src/runtime/image/config";
import type { ImageHost, ResizeOptions } from "../../src/runtime/server/image-host";
import { handleImageRequest, type OptimizerContext } from "../../src/runtime/server/image-optimizer";
import { createCacheHandler } from "../../src/storage";

const png = await sharp({ create: { width: 1000, height: 500, channels: 3, background: "#f97316" } }).png().toBuffer();

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: async (key: string) => map.get(key) ?? null,
    setItem: async (key: string, value: string) => void map.set(key, value),
    removeItem: async (key: string) => void map.delete(key),
  };
}

function context(options: { resize?: boolean; cache?: boolean; now?: () => number } = {}) {
  const resizes: ResizeOptions[] = [];
  const host: ImageHost = {
    kind: "node",
    readAsset: async (pathname) => (pathname === "/pic.png" ? new Response(png, { headers: { "content-type": "image/png" } }) : undefined),
    resize: options.resize === false ? undefined : async (bytes, o) => (resizes.push(o), resizeImage(bytes, o)),
  };
  const storage = memoryStorage();
  const ctx: OptimizerContext = {
    config: { ...IMAGE_DEFAULTS, formats: ["image/avif", "image/webp"] },
    host,
    internalFetch: async () => new Response("Not Found", { status: 404 }),
    dev: false,
    cache: options.cache === false ? undefined : createCacheHandler({ storage, scope: { buildId: "b1", host: "localhost" }, now: options.now }),
    waitUntil: (work) => void background.push(work),
  };
  const background: Promise<unknown>[] = [];
  const ask = (query: string, headers: Record<string, string> = {}) => {
    const url = new URL(`http://localhost/_next/image?${query}`);
    return handleImageRequest(new Request(url, { headers }), url, ctx);
  };
  return { ask, resizes, storage, background };
}

describe("handleImageRequest", () => {
  it("resizes to the width in the negotiated format, then serves the stored copy", async () => {
    const { ask, resizes, storage } = context();
    const first = await ask("url=%2Fpic.png&w=640&q=75", { accept: "image/webp" });
    expect(first.status).toBe(200);
    expect(first.headers.get("x-nextjs-cache")).toBe("MISS");
    const bytes = new Uint8Array(await first.arrayBuffer());
    expect(await sharp(bytes).metadata()).toMatchObject({ format: "webp", width: 640, height: 320 });
    expect(storage.map.size).toBe(1);
    const second = await ask("url=%2Fpic.png&w=640&q=75", { accept: "image/webp" });
    expect(second.headers.get("x-nextjs-cache")).toBe("HIT");
    expect(new Uint8Array(await second.arrayBuffer())).toEqual(bytes);
    expect(second.headers.get("etag")).toBe(first.headers.get("etag"));
    expect(resizes).toHaveLength(1);
    // Another format is another entry (and another resize).
    const avif = await ask("url=%2Fpic.png&w=640&q=75", { accept: "image/avif,image/webp" });
    expect(avif.headers.get("x-nextjs-cache")).toBe("MISS");
    expect(avif.headers.get("content-type")).toBe("image/avif");
    expect(resizes.map((r) => r.type)).toEqual(["image/webp", "image/avif"]);
  });

  it("past its max-age the stored copy is served STALE while one background request remakes it", async () => {
    let clock = 1_000_000;
    const { ask, resizes, background } = context({ now: () => clock });
    const first = await ask("url=%2Fpic.png&w=750&q=75", { accept: "image/webp" });
    expect(first.headers.get("x-nextjs-cache")).toBe("MISS");
    clock += 14_401 * 1000;
    const stale = await ask("url=%2Fpic.png&w=750&q=75", { accept: "image/webp" });
    expect(stale.headers.get("x-nextjs-cache")).toBe("STALE");
    expect(stale.headers.get("etag")).toBe(first.headers.get("etag"));
    expect(background).toHaveLength(1);
    await Promise.all(background);
    expect(resizes).toHaveLength(2);
    const fresh = await ask("url=%2Fpic.png&w=750&q=75", { accept: "image/webp" });
    expect(fresh.headers.get("x-nextjs-cache")).toBe("HIT");
    // Past the stale window it is gone: a new resize before answering.
    clock += (14_400 + 86_401) * 1000;
    expect((await ask("url=%2Fpic.png&w=750&q=75", { accept: "image/webp" })).headers.get("x-nextjs-cache")).toBe("MISS");
  });

  it("concurrent requests for the same image share one resize", async () => {
    const { ask, resizes } = context({ cache: false });
    const answers = await Promise.all([1, 2, 3].map(() => ask("url=%2Fpic.png&w=1080&q=75", { accept: "image/webp" })));
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200]);
    const bodies = await Promise.all(answers.map(async (r) => Buffer.from(await r.arrayBuffer()).toString("base64")));
    expect(new Set(bodies).size).toBe(1);
    expect(resizes).toHaveLength(1);
    const refusals = await Promise.all([1, 2].map(() => ask("url=%2Fnope.png&w=1080&q=75")));
    expect(await Promise.all(refusals.map((r) => r.text()))).toEqual(['"url" parameter is valid but upstream response is invalid', '"url" parameter is valid but upstream response is invalid']);
  });

  it("answers 304 to a matching If-None-Match, from the store too", async () => {
    const { ask } = context();
    const first = await ask("url=%2Fpic.png&w=828&q=75", { accept: "image/webp" });
    const etag = first.headers.get("etag")!;
    const again = await ask("url=%2Fpic.png&w=828&q=75", { accept: "image/webp", "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(again.headers.get("x-nextjs-cache")).toBe("HIT");
    expect(await again.text()).toBe("");
  });

  it("without a resizer (Workers without IMAGES) serves the original bytes with the same headers", async () => {
    const { ask } = context({ resize: false, cache: false });
    const res = await ask("url=%2Fpic.png&w=640&q=75", { accept: "image/webp" });
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(res.headers.get("cache-control")).toBe("public, max-age=14400, must-revalidate");
    expect(res.headers.get("x-nextjs-cache")).toBeNull();
    expect(Buffer.from(await res.arrayBuffer())).toEqual(png);
  });

  it("refusals are not stored; a missing file falls back to the pipeline and answers its status", async () => {
    const { ask, storage } = context();
    expect((await ask("url=%2Fpic.png&w=641&q=75")).status).toBe(400);
    expect((await ask("url=%2Fnope.png&w=640&q=75")).status).toBe(404);
    expect((await ask("url=%2Fpic.png&w=640&q=75", { accept: "image/webp" })).status).toBe(200);
    expect(storage.map.size).toBe(1);
    const post = await handleImageRequest(new Request("http://localhost/_next/image", { method: "POST" }), new URL("http://localhost/_next/image"), {} as OptimizerContext);
    expect(post.status).toBe(405);
  });
});
