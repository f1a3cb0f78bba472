// next/image over HTTP on every preset: the markup of playground/app/app/images and the
// `/_next/image` optimiser. Follows Next's test/integration/next-image-new/app-dir
// (srcset/sizes, preload of priority images, static imports with blur placeholders) and
// test/integration/image-optimizer/test/util.ts (400s for bad w/q/url, SVG refused,
// formats from Accept, "should use cached image file when parameters are the same":
// Cache-Control/ETag/Vary). Node (and dev) resize with sharp: the bytes are decoded here;
// workerd without an Images binding serves the original bytes with the same headers.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../../_harness/fixtures";
import { isBuild, type SuiteContext } from "../_suite";

type Attrs = Record<string, string>;
const decode = (v: string) => v.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
const tags = (html: string, tag: string): Attrs[] =>
  [...html.matchAll(new RegExp(`<${tag}\\s([^>]*?)/?>`, "g"))].map((m) => Object.fromEntries([...m[1]!.matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1]!, decode(a[2]!)])));
const img = (html: string, id: string) => tags(html, "img").find((a) => a.id === id);
const opt = (src: string, w: number, q = 75) => `/_next/image?url=${encodeURIComponent(src)}&w=${w}&q=${q}`;
const publicFile = (path: string) => new Uint8Array(readFileSync(join(repoRoot, "playground/app/public", path)));
const CHROME_ACCEPT = "image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8";

export default function images({ target, server, get, html }: SuiteContext) {
  const resizes = target.name !== "cloudflare-module";
  let page: string | undefined;
  const imagesPage = async () => (page ??= await html("/images"));

  describe("markup", () => {
    it("fixed size: 1x/2x srcset from the configured widths, lazy, width/height kept", async () => {
      expect(img(await imagesPage(), "fixed")).toMatchObject({
        width: "600",
        height: "350",
        loading: "lazy",
        decoding: "async",
        "data-nimg": "1",
        srcSet: `${opt("/images/wide.png", 640)} 1x, ${opt("/images/wide.png", 1200)} 2x`,
        src: opt("/images/wide.png", 1200),
      });
    });

    it("fill + sizes: width descriptors from the smallest vw share, absolutely positioned", async () => {
      const fill = img(await imagesPage(), "fill")!;
      expect(fill.sizes).toBe("(max-width: 768px) 100vw, 50vw");
      expect(fill.srcSet).toBe([384, 640, 750, 828, 1080, 1200, 1920, 2048, 3840].map((w) => `${opt("/images/wide.png", w)} ${w}w`).join(", "));
      expect(fill["data-nimg"]).toBe("fill");
      expect(fill.style).toContain("position:absolute;height:100%;width:100%;left:0;top:0;right:0;bottom:0");
      expect(fill.width).toBeUndefined();
    });

    it("static import: hashed src, size from the file, blur placeholder, eager and preloaded in <head>", async () => {
      const document = await imagesPage();
      const pic = img(document, "static-blur")!;
      expect(pic).toMatchObject({ width: "400", height: "300", "data-nimg": "1" });
      expect(pic.loading).toBeUndefined();
      const src = decodeURIComponent(/url=([^&]+)/.exec(pic.src)![1]!);
      expect(src).toMatch(isBuild(target) ? /^\/assets\/pic-[\w-]+\.png$/ : /pic\.png$/);
      expect(pic.srcSet).toBe(`${opt(src, 640)} 1x, ${opt(src, 828)} 2x`);
      expect(pic.style).toMatch(/^color:transparent;background-size:cover;background-position:50% 50%;background-repeat:no-repeat;background-image:url\("data:image\/svg\+xml;charset=utf-8,.*viewBox='0 0 320 240'.*href='data:image\/png;base64,[\w+/=]+'/);
      const head = /<head>([\s\S]*?)<\/head>/.exec(document)![1]!;
      const preload = tags(head, "link").find((l) => l.rel === "preload" && l.as === "image" && l.imageSrcSet === pic.srcSet);
      expect(preload, "priority image preloaded in <head>").toBeTruthy();
    });

    it("a static import in a client component: same hashed URL, size and blur as in a server component", async () => {
      const document = await imagesPage();
      const client = img(document, "client-static")!;
      const server = img(document, "quality")!;
      expect(client).toMatchObject({ width: "320", height: "240" });
      const source = (src: string) => decodeURIComponent(/url=([^&]+)/.exec(src)![1]!);
      expect(source(client.src)).toBe(source(server.src));
      expect(source(client.src)).toMatch(isBuild(target) ? /^\/assets\/photo-[\w-]+\.jpg$/ : /photo\.jpg$/);
      expect(client.style).toMatch(/href='data:image\/jpeg;base64,[\w+/=]+'/);
    });

    it("quality, unoptimized, SVG, custom loader prop, getImageProps and next/legacy/image", async () => {
      const document = await imagesPage();
      const quality = img(document, "quality")!;
      expect(quality).toMatchObject({ width: "160", height: "120" });
      expect(quality.src).toMatch(/^\/_next\/image\?url=.*photo.*\.jpg&w=384&q=50$/);
      expect(img(document, "unoptimized")).toMatchObject({ src: "/images/wide.png" });
      expect(img(document, "unoptimized")!.srcSet).toBeUndefined();
      expect(img(document, "svg")).toMatchObject({ src: "/images/logo.svg" });
      expect(img(document, "eager")!.loading).toBe("eager");
      expect(img(document, "custom-loader")).toMatchObject({ srcSet: "/images/wide.png?w=384&q=75 1x, /images/wide.png?w=640&q=75 2x", src: "/images/wide.png?w=640&q=75" });
      const source = tags(document, "source").find((s) => s.media === "(min-width: 800px)")!;
      expect(source.srcSet).toBe(`${opt("/images/wide.png", 640, 50)} 1x, ${opt("/images/wide.png", 1200, 50)} 2x`);
      const legacy = img(document, "legacy")!;
      expect(legacy).toMatchObject({ "data-nimg": "responsive", sizes: "100vw" });
      expect(legacy.srcSet.split(", ")).toHaveLength(8);
    });
  });

  // On vercel and netlify the platform's image CDN answers /_next/image (not emulated locally).
  describe.skipIf(target.platformImages === true)("optimiser", () => {
    it("resizes to the asked width in the negotiated format (the original on workerd without IMAGES)", async () => {
      for (const [accept, type] of [
        [CHROME_ACCEPT, "avif"],
        ["image/webp,*/*", "webp"],
        ["*/*", "png"],
      ] as const) {
        const res = await get(opt("/images/wide.png", 640), { headers: { accept } });
        expect(res.status, await res.clone().text().catch(() => "")).toBe(200);
        expect(res.headers.get("vary")).toBe("Accept");
        const bytes = new Uint8Array(await res.arrayBuffer());
        const meta = await sharp(bytes).metadata();
        if (resizes) {
          expect(res.headers.get("content-type")).toBe(`image/${type}`);
          expect(meta.format === "heif" ? "avif" : meta.format).toBe(type);
          expect(meta.width).toBe(640);
        } else {
          expect(res.headers.get("content-type")).toBe("image/png");
          expect(bytes).toEqual(publicFile("images/wide.png"));
        }
      }
      if (!resizes) {
        const notices = server().logs().match(/\[vinext\] \/_next\/image: no Cloudflare Images binding named "IMAGES"/g) ?? [];
        expect(notices, server().logs()).toHaveLength(1);
      }
    });

    it("never enlarges: a 1200px original asked for at 3840 stays 1200", async () => {
      const res = await get(opt("/images/wide.png", 3840), { headers: { accept: "image/webp" } });
      expect(res.status).toBe(200);
      expect((await sharp(new Uint8Array(await res.arrayBuffer())).metadata()).width).toBe(1200);
    });

    it("Cache-Control from minimumCacheTTL, ETag with 304, Content-Disposition and CSP", async () => {
      const res = await get(opt("/images/wide.png", 828), { headers: { accept: "image/webp" } });
      expect(res.status).toBe(200);
      await res.arrayBuffer();
      expect(res.headers.get("cache-control")).toBe(isBuild(target) ? "public, max-age=14400, must-revalidate" : "public, max-age=0, must-revalidate");
      expect(res.headers.get("content-disposition")).toBe(`attachment; filename="wide.${resizes ? "webp" : "png"}"`);
      expect(res.headers.get("content-security-policy")).toBe("script-src 'none'; frame-src 'none'; sandbox;");
      const etag = res.headers.get("etag")!;
      expect(etag).toMatch(/^"[\w-]+"$/);
      const again = await get(opt("/images/wide.png", 828), { headers: { accept: "image/webp", "if-none-match": etag } });
      expect(again.status).toBe(304);
    });

    it.runIf(isBuild(target))("keeps optimised images in the storage layer: the same request again is a HIT with the same bytes", async () => {
      const ask = () => get(opt("/images/wide.png", 1080), { headers: { accept: "image/webp" } });
      const first = await ask();
      expect(first.status).toBe(200);
      expect(first.headers.get("x-nextjs-cache")).toMatch(/^(MISS|HIT)$/);
      const firstBytes = new Uint8Array(await first.arrayBuffer());
      const second = await ask();
      expect(second.headers.get("x-nextjs-cache")).toBe("HIT");
      expect(second.headers.get("etag")).toBe(first.headers.get("etag"));
      expect(second.headers.get("content-type")).toBe(first.headers.get("content-type"));
      expect(new Uint8Array(await second.arrayBuffer())).toEqual(firstBytes);
      // Another negotiated format is another entry.
      const avif = await get(opt("/images/wide.png", 1080), { headers: { accept: CHROME_ACCEPT } });
      expect(avif.headers.get("content-type")).toBe(resizes ? "image/avif" : "image/png");
      await avif.arrayBuffer();
    });

    it.runIf(isBuild(target))("a static import is immutable (hashed build asset)", async () => {
      const src = decodeURIComponent(/url=([^&]+)/.exec(img(await imagesPage(), "static-blur")!.src)![1]!);
      const res = await get(opt(src, 640), { headers: { accept: "image/webp" } });
      expect(res.status).toBe(200);
      expect(res.headers.get("cache-control")).toBe("public, max-age=315360000, immutable");
      const meta = await sharp(new Uint8Array(await res.arrayBuffer())).metadata();
      expect(meta.width).toBe(400);
      expect(meta.format).toBe(resizes ? "webp" : "png");
    });

    it("a missing local file is a 404; a non-image is a 400", async () => {
      expect((await get(opt("/images/nope.png", 640))).status).toBe(404);
      const res = await get(opt("/data.json", 640));
      expect(res.status).toBe(400);
      expect(await res.text()).toBe('"url" parameter is valid but upstream response is invalid');
    });
  });

  describe.skipIf(target.platformImages === true)("refusals: each a 400, and the server keeps serving", () => {
    const own = () => server().url;
    it.each<[string, () => string, string]>([
      ["width not configured", () => opt("/images/wide.png", 641), '"w" parameter (width) of 641 is not allowed'],
      ["width not a number", () => "/_next/image?url=%2Fimages%2Fwide.png&w=abc&q=75", '"w" parameter (width) must be an integer greater than 0'],
      ["quality not allowed", () => opt("/images/wide.png", 640, 60), '"q" parameter (quality) of 60 is not allowed'],
      ["quality missing", () => "/_next/image?url=%2Fimages%2Fwide.png&w=640", '"q" parameter (quality) is required'],
      ["url missing", () => "/_next/image?w=640&q=75", '"url" parameter is required'],
      ["host not in remotePatterns", () => opt("https://evil.example.org/a.png", 640), '"url" parameter is not allowed'],
      ["protocol-relative url", () => opt("//evil.example.org/a.png", 640), '"url" parameter cannot be a protocol-relative URL (//)'],
      ["loopback (this very server)", () => opt(`${own().replace("localhost", "127.0.0.1")}/images/wide.png`, 640), '"url" parameter is not allowed'],
      ["private 10.x", () => opt("http://10.0.0.1/a.png", 640), '"url" parameter is not allowed'],
      ["link-local metadata address", () => opt("http://169.254.169.254/latest/meta-data", 640), '"url" parameter is not allowed'],
      ["IPv6 loopback", () => opt("http://[::1]/a.png", 640), '"url" parameter is not allowed'],
      ["SVG without dangerouslyAllowSVG", () => opt("/images/logo.svg", 640), '"url" parameter is valid but image type is not allowed'],
      ["recursive optimiser url", () => opt(opt("/images/wide.png", 640), 640), '"url" parameter cannot be recursive'],
    ])("%s", async (_name, path, message) => {
      const res = await get(path());
      expect(res.status).toBe(400);
      expect(await res.text()).toBe(message);
      expect(res.headers.get("cache-control")).toBe("no-store");
      const ok = await get(opt("/images/wide.png", 640), { headers: { accept: "image/webp" } });
      expect(ok.status).toBe(200);
      await ok.arrayBuffer();
    });
  });
}
