// next/image options that change a whole build, on real node-server output:
// images.loaderFile (Next: test/integration/next-image-new/loader-config), basePath +
// the optimiser path, dangerouslyAllowSVG with its CSP / Content-Disposition
// (test/integration/image-optimizer "dangerouslyAllowSVG"), remote sources through
// dangerouslyAllowLocalIP with upstream max-age and maximumRedirects, the Pages Router's
// preload through next/head (test/integration/next-image-new/default "should preload
// priority images"), and invalid `images` config failing the build by key.
import { writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { join } from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNodeOutput, type RunningServer } from "../_harness/servers";
import { MINIMAL_LAYOUT, runCli, writeApp } from "../_harness/tmp-app";

const decode = (v: string) => v.replace(/&amp;/g, "&").replace(/&quot;/g, '"');

describe("images.loaderFile", () => {
  let server: RunningServer;
  beforeAll(async () => {
    const dir = writeApp("image-loader-file", {
      "app/layout.tsx": MINIMAL_LAYOUT,
      "app/page.tsx": `import Image, { getImageProps } from "next/image";
export default function Page() {
  const { props } = getImageProps({ src: "/b.png", alt: "b", width: 50, height: 50, quality: 50 });
  return (<main><Image id="a" src="/a.png" alt="a" width={100} height={50} /><img id="b" {...props} /></main>);
}
`,
      "image-loader.mjs": "export default function loader({ src, width, quality }) { return `https://cdn.test${src}?w=${width}&q=${quality || 75}`; }\n",
      "next.config.mjs": `export default { images: { loaderFile: "./image-loader.mjs" } };\n`,
    });
    const result = await runCli(["build", dir]);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    server = await startNodeOutput(dir);
  });
  afterAll(() => server?.stop());

  it("every image's URLs come from the loader file, in <Image> and getImageProps", async () => {
    const html = decode(await (await fetch(`${server.url}/`)).text());
    expect(html).toContain('srcSet="https://cdn.test/a.png?w=128&q=75 1x, https://cdn.test/a.png?w=256&q=75 2x"');
    expect(html).toContain('srcSet="https://cdn.test/b.png?w=64&q=50 1x, https://cdn.test/b.png?w=128&q=50 2x"');
  });
});

describe("basePath, SVG, remote sources and the Pages Router", () => {
  let server: RunningServer;
  let upstream: Server;
  let origin = "";
  let png: Buffer;
  beforeAll(async () => {
    png = await sharp({ create: { width: 900, height: 300, channels: 3, background: "#3b82f6" } }).png().toBuffer();
    upstream = createServer((req, res) => {
      const to = (path: string) => res.writeHead(302, { location: path }).end();
      if (req.url === "/img.png") return res.writeHead(200, { "content-type": "image/png", "cache-control": "public, max-age=99999" }).end(png);
      if (req.url === "/hop1") return to("/img.png");
      if (req.url === "/hop2") return to("/hop1");
      if (req.url === "/elsewhere") return to(`http://localhost:${(upstream.address() as { port: number }).port}/img.png`);
      res.writeHead(404).end();
    });
    await new Promise<void>((done) => upstream.listen(0, "127.0.0.1", done));
    origin = `http://127.0.0.1:${(upstream.address() as { port: number }).port}`;
    const dir = writeApp("image-hosts", {
      "app/layout.tsx": MINIMAL_LAYOUT,
      "app/page.tsx": `export default function Page() { return <p>home</p>; }\n`,
      "pages/pri.tsx": `import Image from "next/image";
import pic from "../pic.png";
export default function Pri() { return <><Image id="pri" src="/docs/wide.png" alt="pri" width={300} height={100} priority /><Image id="pic" src={pic} alt="pic" /></>; }
`,
      "public/logo.svg": `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>\n`,
      "next.config.mjs": `export default {
  basePath: "/docs",
  images: {
    dangerouslyAllowSVG: true,
    contentDispositionType: "inline",
    dangerouslyAllowLocalIP: true,
    maximumRedirects: 1,
    minimumCacheTTL: 60,
    remotePatterns: [{ protocol: "http", hostname: "127.0.0.1" }],
  },
};
`,
    });
    writeFileSync(join(dir, "public/wide.png"), png);
    writeFileSync(join(dir, "pic.png"), await sharp({ create: { width: 90, height: 60, channels: 3, background: "#f97316" } }).png().toBuffer());
    const result = await runCli(["build", dir]);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    server = await startNodeOutput(dir);
  });
  afterAll(async () => {
    await server?.stop();
    upstream?.close();
  });
  const image = (url: string, w = 640) => fetch(`${server.url}/docs/_next/image?url=${encodeURIComponent(url)}&w=${w}&q=75`, { headers: { accept: "image/webp" } });

  it("the optimiser lives under the basePath; the default path is not served", async () => {
    const res = await image("/docs/wide.png");
    expect(res.status).toBe(200);
    expect((await sharp(new Uint8Array(await res.arrayBuffer())).metadata()).width).toBe(640);
    expect((await fetch(`${server.url}/_next/image?url=%2Fdocs%2Fwide.png&w=640&q=75`)).status).toBe(404);
  });

  it("SVG with dangerouslyAllowSVG: served as-is, sandboxed by CSP, inline disposition", async () => {
    const res = await image("/docs/logo.svg");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/svg+xml");
    expect(res.headers.get("content-security-policy")).toBe("script-src 'none'; frame-src 'none'; sandbox;");
    expect(res.headers.get("content-disposition")).toBe('inline; filename="logo.svg"');
    expect(await res.text()).toContain("<svg");
  });

  it("a remote source (private address allowed by dangerouslyAllowLocalIP) keeps the upstream's longer max-age", async () => {
    const res = await image(`${origin}/img.png`);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("public, max-age=99999, must-revalidate");
    const meta = await sharp(new Uint8Array(await res.arrayBuffer())).metadata();
    expect([meta.format, meta.width]).toEqual(["webp", 640]);
  });

  it("follows redirects up to maximumRedirects, each hop checked against remotePatterns", async () => {
    expect((await image(`${origin}/hop1`)).status).toBe(200);
    const tooMany = await image(`${origin}/hop2`);
    expect(tooMany.status).toBe(508);
    const away = await image(`${origin}/elsewhere`);
    expect(away.status).toBe(400);
    expect(await away.text()).toBe('"url" parameter is not allowed');
  });

  it("Pages Router: a priority image is preloaded through next/head", async () => {
    const html = decode(await (await fetch(`${server.url}/docs/pri`)).text());
    const head = /<head>([\s\S]*?)<\/head>/.exec(html)![1]!;
    expect(head).toMatch(/<link rel="preload" as="image" imageSrcSet="\/docs\/_next\/image\?url=%2Fdocs%2Fwide.png&w=384&q=75 1x, \/docs\/_next\/image\?url=%2Fdocs%2Fwide.png&w=640&q=75 2x"/);
    expect(html).toMatch(/<img id="pri" alt="pri" width="300" height="100"/);
    // A static import in a Pages Router page (ssr and browser builds): hashed URL, size from the file.
    const pic = /<img id="pic" alt="pic" loading="lazy" width="90" height="60" [^>]*src="(\/docs\/_next\/image\?url=%2Fdocs%2Fassets%2Fpic-[\w-]+\.png&w=256&q=75)"/.exec(html);
    expect(pic, html).toBeTruthy();
    // Served by the optimiser under the basePath, immutable like every hashed build asset.
    const res = await fetch(`${server.url}${pic![1]}`, { headers: { accept: "image/webp" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("public, max-age=315360000, immutable");
    expect((await sharp(new Uint8Array(await res.arrayBuffer())).metadata()).width).toBe(90);
  });
});

describe("invalid images config", () => {
  it.each([
    ["a format sharp cannot negotiate", `{ images: { formats: ["image/png"] } }`, /"images\.formats" must be an array of "image\/avif" and\/or "image\/webp"/],
    ["a built-in cloud loader", `{ images: { loader: "imgix" } }`, /"images\.loader" must be "default" or "custom"/],
    ["a missing loaderFile", `{ images: { loaderFile: "./nope.js" } }`, /"images\.loaderFile" must be an existing file/],
    ["a quality out of range", `{ images: { qualities: [0, 75] } }`, /"images\.qualities" must be an array of 1 to 25 integers between 1 and 100/],
  ])("fails on %s, naming the key", async (label, config, message) => {
    const dir = writeApp(`image-bad-${label.replace(/\W+/g, "-")}`, {
      "app/layout.tsx": MINIMAL_LAYOUT,
      "app/page.tsx": `export default function Page() { return <p>home</p>; }\n`,
      "next.config.mjs": `export default ${config};\n`,
    });
    const result = await runCli(["build", dir]);
    expect(result.code).not.toBe(0);
    expect(result.stdout + result.stderr).toMatch(message);
  });
});
