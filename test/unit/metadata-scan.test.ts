// Metadata files in app/ → manifest entries (Next: file-conventions/metadata docs;
// test/e2e/app-dir/metadata "file based icons", "static routes";
// test/e2e/app-dir/metadata-dynamic-routes "unique path for image routes under group routes").
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { iconSizes, imageSize } from "../../src/vite/routing/image-size";
import { scanApp } from "../../src/vite/routing/scan-app";
import { appRoutesModule } from "../../src/vite/virtual/app-routes";

/** A real, minimal PNG of the given size. */
function png(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const raw = Buffer.alloc((width * 3 + 1) * height);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
}

/** A baseline JPEG header: SOI, an APP0 segment, then SOF0 with the size. */
function jpeg(width: number, height: number): Buffer {
  const app0 = [0xff, 0xe0, 0x00, 0x10, ...Buffer.from("JFIF\0"), 1, 1, 0, 0, 1, 0, 1, 0, 0];
  const sof0 = [0xff, 0xc0, 0x00, 0x11, 8, height >> 8, height & 0xff, width >> 8, width & 0xff, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1];
  return Buffer.from([0xff, 0xd8, ...app0, ...sof0, 0xff, 0xd9]);
}

function ico(sizes: number[]): Buffer {
  const header = [0, 0, 1, 0, sizes.length, 0];
  const entries = sizes.flatMap((s) => [s === 256 ? 0 : s, s === 256 ? 0 : s, 0, 0, 1, 0, 32, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  return Buffer.from([...header, ...entries]);
}

const base = join(import.meta.dirname, "../../.tmp/unit-metadata-scan");
let n = 0;
function project(files: Record<string, string | Buffer>): string {
  const root = join(base, String(n++));
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), content);
  }
  return join(root, "app");
}
afterAll(() => rmSync(base, { recursive: true, force: true }));

const TS = ["tsx", "ts", "jsx", "js"];
const PAGE = "export default function P() { return null }\n";

describe("image sizes", () => {
  it.each<[string, Buffer, { width: number; height: number } | undefined]>([
    ["png", png(32, 16), { width: 32, height: 16 }],
    ["jpeg", jpeg(1200, 630), { width: 1200, height: 630 }],
    ["gif", Buffer.from([...Buffer.from("GIF89a"), 48, 0, 24, 0, 0, 0, 0]), { width: 48, height: 24 }],
    ["ico", ico([16, 32]), { width: 16, height: 16 }],
    ["unknown", Buffer.from("hello world, not an image"), undefined],
    ["truncated png", png(32, 16).subarray(0, 20), undefined],
  ])("%s", (_label, bytes, expected) => {
    expect(imageSize(bytes)).toEqual(expected);
  });

  it("icon sizes list every ICO size and use any for SVG or unknown sizes", () => {
    expect(iconSizes(ico([16, 32, 256]), "ico")).toBe("16x16 32x32 256x256");
    expect(iconSizes(Buffer.from("<svg/>"), "svg")).toBe("any");
    expect(iconSizes(Buffer.from("??"), "png")).toBe("any");
  });
});

describe("scanApp: metadata files", () => {
  it("finds icons, social images, alt text and route files with their URLs", () => {
    const app = project({
      "app/layout.tsx": PAGE,
      "app/page.tsx": PAGE,
      "app/favicon.ico": ico([48]),
      "app/icon.png": png(32, 32),
      "app/icon2.png": png(64, 64),
      "app/sitemap.ts": PAGE,
      "app/robots.txt": "User-Agent: *\n",
      "app/manifest.webmanifest": "{}",
      "app/blog/[slug]/opengraph-image.jpg": jpeg(1200, 630),
      "app/blog/[slug]/opengraph-image.alt.txt": "  Cover  \n",
      "app/blog/[slug]/page.tsx": PAGE,
      "app/blog/sitemap.xml": "<urlset/>",
    });
    const manifest = scanApp(app, TS);
    const summary = manifest.metadataRoutes!.map((f) => ({ kind: f.kind, name: f.name, generated: f.generated, type: f.contentType, sizes: f.sizes, w: f.width, alt: f.alt }));
    expect(summary).toEqual([
      { kind: "favicon", name: "favicon.ico", generated: false, type: "image/x-icon", sizes: "48x48", w: undefined, alt: undefined },
      { kind: "icon", name: "icon.png", generated: false, type: "image/png", sizes: "32x32", w: undefined, alt: undefined },
      { kind: "icon", name: "icon2.png", generated: false, type: "image/png", sizes: "64x64", w: undefined, alt: undefined },
      { kind: "manifest", name: "manifest.webmanifest", generated: false, type: "application/manifest+json", sizes: undefined, w: undefined, alt: undefined },
      { kind: "robots", name: "robots.txt", generated: false, type: "text/plain", sizes: undefined, w: undefined, alt: undefined },
      { kind: "sitemap", name: "sitemap.xml", generated: true, type: "application/xml", sizes: undefined, w: undefined, alt: undefined },
      { kind: "sitemap", name: "sitemap.xml", generated: false, type: "application/xml", sizes: undefined, w: undefined, alt: undefined },
      { kind: "opengraph-image", name: "opengraph-image.jpg", generated: false, type: "image/jpeg", sizes: undefined, w: 1200, alt: "Cover" },
    ]);
    const og = manifest.metadataRoutes!.find((f) => f.kind === "opengraph-image")!;
    expect(og.segments).toEqual([{ kind: "static", value: "blog" }, { kind: "dynamic", name: "slug" }]);
    expect(og.hash).toMatch(/^[0-9a-f]{16}$/);
    expect(og.file).toBe(join(app, "blog/[slug]/opengraph-image.jpg") + "?inline");
    // The route's chain carries each folder's files for <head>.
    const blogRoute = manifest.routes.find((r) => r.pattern === "/blog/[slug]")!;
    expect(blogRoute.chain.at(-1)!.metadata!.map((f) => f.kind)).toEqual(["opengraph-image"]);
    expect(blogRoute.chain[0]!.metadata!.map((f) => f.name)).toContain("favicon.ico");
    // The virtual module gets a lazy loader per file.
    expect(appRoutesModule(manifest)).toContain(`import(${JSON.stringify(og.file)})`);
    expect(appRoutesModule(manifest)).toContain(`import(${JSON.stringify(join(app, "sitemap.ts"))})`);
  });

  it("ignores root-only conventions below the root and unsupported extensions", () => {
    const app = project({
      "app/page.tsx": PAGE,
      "app/title/robots.txt": "x",
      "app/title/manifest.ts": PAGE,
      "app/title/favicon.ico": ico([16]),
      "app/apple-icon.svg": "<svg/>",
      "app/opengraph-image.webp": "x",
    });
    expect(scanApp(app, TS).metadataRoutes).toBeUndefined();
  });

  it("gives static images under a route group a unique suffix", () => {
    const app = project({ "app/(a)/opengraph-image.png": png(1, 1), "app/(b)/about/page.tsx": PAGE, "app/(b)/opengraph-image.png": png(1, 1) });
    const names = scanApp(app, TS).metadataRoutes!.map((f) => f.name);
    expect(names).toHaveLength(2);
    for (const name of names) expect(name).toMatch(/^opengraph-image-[0-9a-z]{6}\.png$/);
    expect(names[0]).not.toBe(names[1]);
  });

  it.each([
    ["opengraph-image.tsx", "opengraph-image"],
    ["icon.ts", "icon"],
    ["apple-icon.js", "apple-icon"],
    ["twitter-image2.tsx", "twitter-image"],
  ])("scans %s as an image drawn by code, served without an extension and versioned by its source", (file, kind) => {
    const app = project({ "app/page.tsx": PAGE, [`app/shop/${file}`]: PAGE });
    const [meta] = scanApp(app, TS).metadataRoutes!;
    expect(meta).toMatchObject({ kind, name: file.replace(/\.\w+$/, ""), generated: true, contentType: "image/png" });
    expect(meta!.hash).toMatch(/^[0-9a-f]{16}$/);
    expect(meta!.file).toMatch(new RegExp(`app/shop/${file.replace(".", "\\.")}$`));
  });

  it("gives images drawn by code under a route group a unique suffix (Next: metadata-dynamic-routes)", () => {
    const app = project({ "app/(a)/x/page.tsx": PAGE, "app/(a)/x/twitter-image.tsx": PAGE });
    expect(scanApp(app, TS).metadataRoutes![0]!.name).toMatch(/^twitter-image-[0-9a-z]{6}$/);
  });

  it("fails when two files serve the same URL", () => {
    const app = project({ "app/page.tsx": PAGE, "app/robots.txt": "x", "app/robots.ts": PAGE });
    expect(() => scanApp(app, TS)).toThrow(/\[vinext\] .*robots\.(txt|ts): serves \/robots\.txt, as .*robots\.(txt|ts) already does/);
  });

  it("fails when public/ has a file on the same URL (public files are served first)", () => {
    const app = project({ "app/page.tsx": PAGE, "app/robots.ts": PAGE, "public/robots.txt": "x" });
    expect(() => scanApp(app, TS)).toThrow(/\[vinext\] .*app\/robots\.ts: public\/robots\.txt serves the same URL/);
    const srcApp = project({ "src/app/page.tsx": PAGE, "src/app/sitemap.ts": PAGE, "public/sitemap.xml": "x" });
    expect(() => scanApp(join(dirname(srcApp), "src/app"), TS)).toThrow(/public\/sitemap\.xml serves the same URL/);
  });
});
