// next.config basePath and assetPrefix in the browser, on node-server builds of a
// small hybrid app (Next: test/integration/basepath — links and router.push keep
// the basePath, usePathname/router.asPath are without it, data and Flight
// requests and assets live under it; test/e2e/app-dir/asset-prefix and docs
// "assetPrefix" — built JS/CSS come from the prefix, the app still serves them;
// test/e2e/invalid-static-asset-404-app-asset-prefix — a path prefix is served by
// the app itself, a missing file under it is a 404).
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDevServer, startNetlifyOutput, startNodeOutput, startVercelOutput, startWorkerdOutput, type RunningServer } from "../_harness/servers";
import { MINIMAL_LAYOUT, runCli, writeApp } from "../_harness/tmp-app";
import { launchChromium } from "../_harness/browser";
import type { Browser, Page } from "playwright-core";

const FILES: Record<string, string> = {
  "app/layout.tsx": MINIMAL_LAYOUT.replace("export default", 'import "./global.css";\nexport default'),
  "app/global.css": "body { background-color: rgb(1, 2, 3); }\n",
  "app/pathname.tsx": `"use client";
import { usePathname, useRouter } from "next/navigation";
export function Pathname() {
  const router = useRouter();
  return (<><p data-testid="pathname">{usePathname()}</p><button data-testid="push-home" onClick={() => router.push("/")}>home</button></>);
}
`,
  "app/page.tsx": `import Link from "next/link";\nimport { Pathname } from "./pathname";\nexport default function Home() { return (<main><h1 data-testid="title">home</h1><Pathname /><Link href="/about" data-testid="to-about">about</Link><Link href="/p/one" data-testid="to-pages">pages</Link></main>); }\n`,
  "app/about/page.tsx": `import { Pathname } from "../pathname";\nexport default function About() { return (<main><h1 data-testid="title">about</h1><Pathname /></main>); }\n`,
  "app/go/page.tsx": `import { redirect } from "next/navigation";\nexport default function Go() { redirect("/about"); }\n`,
  "pages/p/[name].tsx": `import Link from "next/link";
import { useRouter } from "next/router";
export const getServerSideProps = async ({ params }) =>
  params.name === "old" ? { redirect: { destination: "/p/one", permanent: false } }
  : params.name === "outside" ? { redirect: { destination: "/elsewhere", permanent: false, basePath: false } }
  : { props: { name: params.name } };
export default function P({ name }) {
  const router = useRouter();
  return (<main><h1 data-testid="title">page {name}</h1><p data-testid="as-path">{router.asPath}</p><p data-testid="router-base">{router.basePath}</p>
    <Link href="/p/two" data-testid="to-two">two</Link><Link href="/p/outside" data-testid="to-outside">outside</Link><button data-testid="push-three" onClick={() => router.push("/p/three")}>three</button></main>);
}
`,
  "public/file.txt": "public file\n",
  // A font, a static image, a `?url` import and a CSS url(): their built URLs follow assetPrefix too
  // (pic.png, 6 kB, is above Vite's inlining limit; copied in by writeWithMedia).
  "app/media/page.tsx": `import Image from "next/image";
import localFont from "next/font/local";
import pic from "./pic.png";
import picUrl from "./pic.png?url";
import "./media.css";
const noto = localFont({ src: "./noto.woff2", display: "swap" });
export default function Media() { return (<main className={noto.className}><h1 data-testid="title">media</h1><Image src={pic} alt="pic" width={64} height={64} /><a data-testid="url-import" href={picUrl}>pic</a><div className="media-bg" /></main>); }
`,
  "app/media/media.css": ".media-bg { width: 8px; height: 8px; background-image: url(./pic.png); }\n",
};

const PLAYGROUND = join(import.meta.dirname, "../../playground/app");

function writeWithMedia(name: string, config: string): string {
  const dir = writeApp(name, { ...FILES, "next.config.mjs": `export default ${config};\n` });
  copyFileSync(join(PLAYGROUND, "fonts/noto-sans-latin-400-normal.woff2"), join(dir, "app/media/noto.woff2"));
  copyFileSync(join(PLAYGROUND, "app/images/pic.png"), join(dir, "app/media/pic.png"));
  return dir;
}

async function build(name: string, config: string, preset = "node-server"): Promise<string> {
  const dir = writeWithMedia(name, config);
  const built = await runCli(["build", dir, "--preset", preset]);
  if (built.code !== 0) throw new Error(built.stdout + built.stderr);
  return dir;
}

/** The same app under node-server, in workerd, and under `vinext dev`. */
const TARGETS = [
  { name: "node-server", start: async (config: string, app = "base-path") => startNodeOutput(await build(`${app}-node`, config)) },
  { name: "cloudflare-module", start: async (config: string, app = "base-path") => startWorkerdOutput(await build(`${app}-cf`, config, "cloudflare-module")) },
  {
    name: "dev",
    start: async (config: string, app = "base-path") => {
      const server = await startDevServer(writeWithMedia(`${app}-dev`, config));
      // The first requests make Vite optimise dependencies (and reload): let that settle.
      for (const path of ["/docs", "/docs/about", "/docs/p/one", "/", "/about", "/media"]) await fetch(server.url + path);
      await new Promise((done) => setTimeout(done, 2000));
      return server;
    },
  },
] as const;

const hydrated = (page: Page) =>
  page.waitForFunction(() => {
    const el = document.querySelector('[data-testid="to-about"],[data-testid="to-two"]');
    return !!el && Object.keys(el).some((key) => key.startsWith("__reactProps$"));
  });

describe.each(TARGETS)("basePath on $name", (target) => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await target.start(`{ basePath: "/docs" }`);
    browser = await launchChromium();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("serves pages, scripts, styles and public files under the basePath", async () => {
    const html = await (await fetch(`${server.url}/docs`)).text();
    const urls = [...html.matchAll(/(?:src|href)="(\/[^"]*\.(?:js|css))"/g)].map((m) => m[1]!);
    // Dev serves modules from Vite (/@vite/client, /@id/...), outside the app's URL space.
    if (target.name !== "dev") {
      expect(urls.length).toBeGreaterThan(1);
      for (const url of urls) {
        expect(url.startsWith("/docs/assets/"), url).toBe(true);
        expect((await fetch(server.url + url)).status, url).toBe(200);
      }
    }
    expect(html).toContain('href="/docs/about"');
    expect((await fetch(`${server.url}/docs/file.txt`)).status).toBe(200);
    const redirected = await fetch(`${server.url}/docs/go`, { redirect: "manual" });
    expect(redirected.headers.get("location")).toBe("/docs/about");
    const gssp = await fetch(`${server.url}/docs/p/old`, { redirect: "manual" });
    expect(gssp.headers.get("location")).toBe("/docs/p/one");
    // `redirect.basePath: false` (Next docs, getServerSideProps "redirect"): the destination as given.
    const outside = await fetch(`${server.url}/docs/p/outside`, { redirect: "manual" });
    expect(outside.headers.get("location")).toBe("/elsewhere");
  });

  it("Pages Router: a getServerSideProps redirect with basePath: false leaves the basePath on a client transition", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/docs/p/one`);
    await hydrated(page);
    await page.getByTestId("to-outside").click();
    await page.waitForURL(`${server.url}/elsewhere`);
    await page.close();
  });

  it("App Router: links and router.push stay under the basePath, usePathname is without it", async () => {
    const page = await browser.newPage();
    const documents: string[] = [];
    page.on("request", (r) => r.resourceType() === "document" && documents.push(new URL(r.url()).pathname));
    await page.goto(`${server.url}/docs`);
    await hydrated(page);
    expect(await page.getByTestId("pathname").textContent()).toBe("/");
    await page.getByTestId("to-about").click();
    await page.waitForURL(`${server.url}/docs/about`);
    await expect.poll(() => page.getByTestId("pathname").textContent()).toBe("/about");
    await page.getByTestId("push-home").click();
    await page.waitForURL(`${server.url}/docs`);
    await expect.poll(() => page.getByTestId("title").textContent()).toBe("home");
    expect(documents).toEqual(["/docs"]);
    await page.close();
  });

  it("Pages Router: next/link and router.push fetch data under the basePath, asPath is without it", async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on("request", (r) => requests.push(`${r.resourceType()} ${new URL(r.url()).pathname}`));
    await page.goto(`${server.url}/docs/p/one`);
    await hydrated(page);
    expect(await page.getByTestId("as-path").textContent()).toBe("/p/one");
    expect(await page.getByTestId("router-base").textContent()).toBe("/docs");
    expect(await page.getByTestId("to-two").getAttribute("href")).toBe("/docs/p/two");
    await page.getByTestId("to-two").click();
    await page.waitForURL(`${server.url}/docs/p/two`);
    await expect.poll(() => page.getByTestId("as-path").textContent()).toBe("/p/two");
    await page.getByTestId("push-three").click();
    await page.waitForURL(`${server.url}/docs/p/three`);
    await expect.poll(() => page.getByTestId("title").textContent()).toBe("page three");
    expect(requests.filter((r) => r.startsWith("document "))).toEqual(["document /docs/p/one"]);
    const data = requests.filter((r) => r.includes("/_next/data/")).map((r) => r.replace(/\/_next\/data\/[^/]+\//, "/_next/data/<id>/"));
    expect(data).toEqual(["fetch /docs/_next/data/<id>/p/two.json", "fetch /docs/_next/data/<id>/p/three.json"]);
    await page.close();
  });
});

describe("assetPrefix", () => {
  const CDN = "https://cdn.example.test";
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startNodeOutput(await build("asset-prefix-app", `{ assetPrefix: "${CDN}/" }`));
    browser = await launchChromium();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("emits built JS and CSS from the prefix for both routers; the app still serves the files", async () => {
    for (const path of ["/", "/p/one"]) {
      const html = await (await fetch(server.url + path)).text();
      const urls = [...html.matchAll(/(?:src|href)="([^"]*\/assets\/[^"]*\.(?:js|css))"/g)].map((m) => m[1]!);
      expect(urls.length, path).toBeGreaterThan(0);
      for (const url of urls) {
        expect(url.startsWith(`${CDN}/assets/`), url).toBe(true);
        expect((await fetch(server.url + url.slice(CDN.length))).status, url).toBe(200);
      }
    }
  });

  it("hydrates with the assets fetched from the prefix (a CDN in front of the app)", async () => {
    const page = await browser.newPage();
    const fromCdn: string[] = [];
    await page.route(`${CDN}/**`, async (route) => {
      const path = new URL(route.request().url()).pathname;
      fromCdn.push(path);
      await route.fulfill({ response: await route.fetch({ url: server.url + path }) });
    });
    await page.goto(`${server.url}/`);
    await hydrated(page);
    await page.getByTestId("to-about").click();
    await page.waitForURL(`${server.url}/about`);
    expect(fromCdn.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(1, 2, 3)");
    await page.close();
  });

  it("links fonts and static images through the prefix; the optimiser reads such a URL as the app's own file", async () => {
    const html = await (await fetch(server.url + "/media")).text();
    const media = await withFontFaces((url) => server.url + url.replace(CDN, ""), mediaUrls(html));
    expect(media.fontPreload.startsWith(`${CDN}/assets/`), media.fontPreload).toBe(true);
    expect(media.fontFaces.length).toBeGreaterThan(0);
    for (const url of media.fontFaces) expect(url.startsWith(`${CDN}/assets/`), url).toBe(true);
    expect(media.imageSource.startsWith(`${CDN}/assets/`), media.imageSource).toBe(true);
    expect(media.cssImages.length).toBeGreaterThan(0);
    for (const url of [media.urlImport, ...media.cssImages]) expect(url.startsWith(`${CDN}/assets/`), url).toBe(true);
    const image = await fetch(server.url + media.optimised);
    expect(image.status).toBe(200);
    expect(image.headers.get("content-type")).toMatch(/^image\//);
  });
});

/** The font preload link, @font-face URLs, static image URL, its optimiser URL and the `?url` import on the /media page. */
function mediaUrls(html: string) {
  const attr = (value: string) => value.replaceAll("&amp;", "&");
  const fontPreload = attr(/<link[^>]*rel="preload"[^>]*href="([^"]+\.woff2)"/.exec(html)?.[1] ?? /<link[^>]*href="([^"]+\.woff2)"[^>]*rel="preload"/.exec(html)?.[1] ?? "");
  const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => attr(m[1]!));
  const optimised = attr(/<img[^>]*src="([^"]*_next\/image[^"]*)"/.exec(html)?.[1] ?? "");
  const imageSource = new URL(optimised, "http://n").searchParams.get("url") ?? "";
  const urlImport = attr(/data-testid="url-import" href="([^"]+)"/.exec(html)?.[1] ?? "");
  return { fontPreload, css, optimised, imageSource, urlImport, fontFaces: [] as string[], cssImages: [] as string[] };
}

/** Fills `fontFaces` and `cssImages` with the url()s of the page's stylesheets. */
async function withFontFaces(fetchable: (url: string) => string, media: ReturnType<typeof mediaUrls>) {
  for (const href of media.css) {
    const text = await (await fetch(fetchable(href))).text();
    for (const m of text.matchAll(/url\(["']?([^"')]+\.woff2)/g)) media.fontFaces.push(m[1]!);
    for (const m of text.matchAll(/url\(["']?([^"')]+\.png)/g)) media.cssImages.push(m[1]!);
  }
  return media;
}

// A path prefix (often the basePath itself): Next serves `<prefix>/_next/static/…`
// from the app; vinext serves `<prefix>/assets/…` (hashed build output) from every
// host's static layer, and a missing file there is the app's 404.
/** Vercel and Netlify serve `<prefix>/assets/…` from their static layer (test/_harness/platform-host.mjs); their image optimisers are the platforms' own. */
const PREFIX_TARGETS = [
  ...TARGETS,
  { name: "vercel", start: async (config: string, app = "base-path") => startVercelOutput(await build(`${app}-vercel`, config, "vercel")) },
  { name: "netlify", start: async (config: string, app = "base-path") => startNetlifyOutput(await build(`${app}-netlify`, config, "netlify")) },
] as const;

describe.each(PREFIX_TARGETS)("path assetPrefix on $name", (target) => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await target.start(`{ assetPrefix: "/cdn" }`, "asset-prefix-path");
    browser = await launchChromium();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("links built JS, CSS, fonts and images under the prefix, and serves them there", async () => {
    const html = await (await fetch(server.url + "/media")).text();
    // Dev serves modules and assets from Vite's dev server; the prefix is for built output.
    if (target.name === "dev") {
      expect(html).toContain("media");
      return void expect(server.logs()).toContain("[vinext] assetPrefix applies to `vinext build` output");
    }
    const built = [...html.matchAll(/(?:src|href)="([^"]*\/assets\/[^"]*\.(?:js|css))"/g)].map((m) => m[1]!);
    expect(built.length).toBeGreaterThan(1);
    const media = await withFontFaces((url) => server.url + url, mediaUrls(html));
    expect(media.cssImages.length).toBeGreaterThan(0);
    for (const url of [...built, media.fontPreload, ...media.fontFaces, media.imageSource, media.urlImport, ...media.cssImages]) {
      expect(url.startsWith("/cdn/assets/"), url).toBe(true);
      const res = await fetch(server.url + url);
      expect(res.status, url).toBe(200);
      await res.body?.cancel();
    }
    expect(media.fontFaces.length).toBeGreaterThan(0);
    if (target.name === "vercel" || target.name === "netlify") return;
    const image = await fetch(server.url + media.optimised);
    expect(image.status, media.optimised).toBe(200);
    expect(image.headers.get("content-type")).toMatch(/^image\//);
    const missing = await fetch(`${server.url}/cdn/assets/missing-chunk.js`);
    expect(missing.status).toBe(404);
  });

  it("hydrates and navigates with the client code from the prefix", async () => {
    const page = await browser.newPage();
    const scripts: string[] = [];
    page.on("request", (r) => r.resourceType() === "script" && scripts.push(new URL(r.url()).pathname));
    await page.goto(`${server.url}/`);
    await hydrated(page);
    await page.getByTestId("to-about").click();
    await page.waitForURL(`${server.url}/about`);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(1, 2, 3)");
    if (target.name !== "dev") {
      expect(scripts.length).toBeGreaterThan(0);
      expect(scripts.filter((path) => !path.startsWith("/cdn/assets/"))).toEqual([]);
    }
    await page.close();
  });
});

it("refuses an assetPrefix that is neither a path nor an absolute URL", async () => {
  const dir = writeApp("asset-prefix-bad", { ...FILES, "next.config.mjs": `export default { assetPrefix: "cdn" };\n` });
  const built = await runCli(["build", dir]);
  expect(built.code).not.toBe(0);
  expect(built.stdout + built.stderr).toMatch(/"assetPrefix" must be a path such as "\/cdn" or an absolute URL/);
});
