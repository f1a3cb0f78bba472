// `output: "export"`: `vinext build` writes a static site to out/ that a plain
// static file server serves with working client navigation, and features that
// need a server fail the build naming the file. Next: test/integration/app-dir-export
// (test/utils.ts layouts, dynamic-missing-gsp, dynamicpage/dynamicapiroute, start),
// test/integration/config-output-export, docs app/guides/static-exports.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectErrors, launchChromium } from "../_harness/browser";
import { copyFixture } from "../_harness/fixtures";
import { startStaticServer } from "../_harness/static-server";
import { MINIMAL_LAYOUT, runCli, writeApp, type CliResult } from "../_harness/tmp-app";

function listFiles(dir: string): string[] {
  const walk = (current: string): string[] =>
    readdirSync(current).flatMap((name) => (statSync(join(current, name)).isDirectory() ? walk(join(current, name)) : [relative(dir, join(current, name))]));
  return walk(dir)
    .filter((file) => !file.startsWith("assets/"))
    .map((file) => file.replace(/_next\/data\/[^/]+\//, "_next/data/BUILD_ID/"))
    .sort();
}

const read = (dir: string, file: string) => readFileSync(join(dir, "out", file), "utf8");

describe("output: export", () => {
  let dir: string;
  let slashDir: string;
  let builds: CliResult[];

  beforeAll(async () => {
    dir = copyFixture("export", "export-app");
    slashDir = copyFixture("export", "export-slash");
    writeFileSync(join(slashDir, "next.config.mjs"), `export default { output: "export", images: { unoptimized: true }, trailingSlash: true };\n`);
    builds = await Promise.all([runCli(["build", dir]), runCli(["build", slashDir])]);
    for (const build of builds) expect(build.code, build.stdout + build.stderr).toBe(0);
  });

  it("writes Next's layout: about.html, .rsc twins, route handler and metadata files, 404.html", () => {
    expect(listFiles(join(dir, "out"))).toEqual([
      "404.html",
      "_next/data/BUILD_ID/blog/one.json",
      "_next/data/BUILD_ID/blog/two.json",
      "about.html",
      "about.rsc",
      "about/opengraph-image/small",
      "about/opengraph-image/wide",
      "blog/one.html",
      "blog/two.html",
      "data.json",
      "favicon.ico",
      "feeds/news",
      "feeds/sports",
      "gip.html",
      "hello.txt",
      "icon.png",
      "index.html",
      "index.rsc",
      "legacy.html",
      "pixel.png",
      "posts/first.html",
      "posts/first.rsc",
      "posts/second.html",
      "posts/second.rsc",
      "robots.txt",
      "sitemap.xml",
    ]);
    expect(readdirSync(join(dir, "out", "assets")).some((file) => file.endsWith(".js"))).toBe(true);
    expect(builds[0]!.stdout).toContain(`Exported the static site to ${dir}/out/`);
  });

  it("files hold what the pages rendered at build time", () => {
    expect(read(dir, "about.html")).toContain('<h1 data-testid="title">About</h1>');
    // images.unoptimized: next/image points at the file itself.
    expect(read(dir, "about.html")).toMatch(/<img[^>]*src="\/pixel\.png"/);
    expect(read(dir, "posts/second.html")).toMatch(/Post (<!-- -->)?second/);
    expect(read(dir, "blog/two.html")).toMatch(/Blog (<!-- -->)?two/);
    expect(read(dir, "404.html")).toContain("Custom not found page");
    expect(read(dir, "gip.html")).toMatch(/getInitialProps from (<!-- -->)?the build/);
    expect(read(dir, "index.rsc")).toContain("Home");
    expect(JSON.parse(read(dir, "data.json"))).toEqual({ name: "vinext", exported: true });
    expect(JSON.parse(read(dir, "feeds/sports"))).toEqual({ feed: "sports" });
    expect(read(dir, "robots.txt")).toContain("Sitemap: https://example.com/sitemap.xml");
    expect(read(dir, "sitemap.xml")).toContain("<loc>https://example.com/about</loc>");
    expect(read(dir, "hello.txt")).toBe("hello from public\n");
    const data = readdirSync(join(dir, "out", "_next", "data"))[0]!;
    expect(JSON.parse(read(dir, `_next/data/${data}/blog/one.json`)).pageProps).toEqual({ id: "one", builtAt: "build time" });
  });

  it("with trailingSlash: true writes about/index.html and 404/index.html", () => {
    const files = listFiles(join(slashDir, "out"));
    for (const file of ["404.html", "404/index.html", "about/index.html", "about.rsc", "blog/one/index.html", "index.html", "legacy/index.html", "posts/first/index.html", "data.json"]) {
      expect(files).toContain(file);
    }
    expect(files.filter((file) => /^(about|legacy|posts\/first)\.html$/.test(file))).toEqual([]);
    expect(read(slashDir, "about/index.html")).toContain('<h1 data-testid="title">About</h1>');
  });

  it("vinext start points at out/ instead of serving", async () => {
    const result = await runCli(["start", dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('"vinext start" does not work with "output: export"');
    expect(result.stderr).toContain(`${dir}/out/`);
  });

  describe("served by a plain static file server, in Chromium", () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
    });

    for (const variant of ["trailingSlash: false", "trailingSlash: true"] as const) {
      it(`hydrates and navigates without document loads (${variant})`, async () => {
        const server = await startStaticServer(join(variant.endsWith("true") ? slashDir : dir, "out"));
        const page = await browser.newPage();
        const errors = collectErrors(page);
        try {
          await page.goto(`${server.url}/`);
          // A hydrated element carries React's props on its DOM node; clicking earlier would be lost.
          const hydrated = (testId: string) =>
            page.waitForFunction((id) => Object.keys(document.querySelector(`[data-testid="${id}"]`) ?? {}).some((key) => key.startsWith("__reactProps$")), testId);
          await hydrated("counter");
          await page.getByTestId("counter").click();
          await expect.poll(() => page.getByTestId("counter").textContent()).toBe("clicked 1");
          await page.evaluate(() => ((window as unknown as { __marker: number }).__marker = 1));
          const marked = () => page.evaluate(() => (window as unknown as { __marker?: number }).__marker === 1);
          await page.getByTestId("nav-about").click();
          await expect.poll(() => page.getByTestId("title").textContent()).toBe("About");
          await page.getByTestId("nav-second").click();
          await expect.poll(() => page.getByTestId("title").textContent()).toBe("Post second");
          expect(await marked()).toBe(true);
          expect(server.requests).toContain("/about.rsc");
          expect(server.requests).toContain("/posts/second.rsc");

          // The Pages Router: a document load, then a client transition from its data JSON.
          await page.getByTestId("nav-legacy").click();
          await expect.poll(() => page.getByTestId("title").textContent()).toBe("Legacy page");
          await hydrated("to-blog-one");
          await page.evaluate(() => ((window as unknown as { __marker: number }).__marker = 1));
          await page.getByTestId("to-blog-one").click();
          await expect.poll(() => page.getByTestId("title").textContent()).toBe("Blog one");
          expect(await marked()).toBe(true);
          expect(server.requests.some((path) => /^\/_next\/data\/[^/]+\/blog\/one\.json$/.test(path))).toBe(true);
          expect(errors).toEqual([]);

          // Chromium logs the 404 document load itself as a console error.
          const missing = await page.goto(`${server.url}/posts/unknown`);
          expect(missing?.status()).toBe(404);
          expect(await page.getByTestId("title").textContent()).toBe("Custom not found page");
          await page.waitForLoadState("networkidle");
          expect(new URL(page.url()).pathname).toBe("/posts/unknown");
          expect(errors.filter((error) => !error.includes("status of 404"))).toEqual([]);
        } finally {
          await page.close();
          await server.stop();
        }
      });
    }
  });
});

describe("output: export: features that need a server fail the build", () => {
  const EXPORT_CONFIG = `export default { output: "export" };\n`;

  it("next.config routing, i18n, middleware, API routes, getServerSideProps, fallback, Pages ISR and dynamic segment config, before building", async () => {
    const dir = writeApp("export-static-errors", {
      "next.config.mjs": `export default {
  output: "export",
  basePath: "/docs",
  i18n: { locales: ["en"], defaultLocale: "en" },
  async rewrites() { return [{ source: "/a", destination: "/b" }]; },
  async redirects() { return [{ source: "/c", destination: "/d", permanent: false }]; },
  async headers() { return [{ source: "/e", headers: [{ key: "x-e", value: "1" }] }]; },
};
`,
      "middleware.ts": `export function middleware() {}\n`,
      "app/layout.tsx": MINIMAL_LAYOUT,
      "app/page.tsx": `export default function Page() { return <p>home</p>; }\n`,
      "app/live/page.tsx": `export const dynamic = "force-dynamic";\nexport default function Page() { return <p>live</p>; }\n`,
      "app/items/[id]/page.tsx": `export default function Page() { return <p>item</p>; }\n`,
      "app/open/[id]/page.tsx": `export const dynamicParams = true;\nexport function generateStaticParams() { return [{ id: "a" }]; }\nexport default function Page() { return <p>open</p>; }\n`,
      "app/feed/[id]/route.ts": `export function GET() { return Response.json({}); }\n`,
      "app/api/live/route.ts": `export const dynamic = "force-dynamic";\nexport function GET() { return Response.json({}); }\n`,
      "pages/api/hello.ts": `export default function handler(req: unknown, res: { end(s: string): void }) { res.end("hi"); }\n`,
      "pages/ssr.tsx": `export async function getServerSideProps() { return { props: {} }; }\nexport default function Page() { return <p>ssr</p>; }\n`,
      "pages/fb/[id].tsx": `export async function getStaticPaths() { return { paths: [], fallback: "blocking" }; }\nexport async function getStaticProps() { return { props: {} }; }\nexport default function Page() { return <p>fb</p>; }\n`,
      "pages/isr.tsx": `export async function getStaticProps() { return { props: {}, revalidate: 10 }; }\nexport default function Page() { return <p>isr</p>; }\n`,
    });
    const result = await runCli(["build", dir]);
    expect(result.code).not.toBe(0);
    const output = result.stdout + result.stderr;
    for (const expected of [
      'next.config.mjs: Specified "rewrites" cannot be used with "output: export"',
      'next.config.mjs: Specified "redirects" cannot be used',
      'next.config.mjs: Specified "headers" cannot be used',
      'next.config.mjs: Specified "i18n" cannot be used',
      'next.config.mjs: "basePath" is not supported with "output: export" by vinext yet',
      'middleware.ts: Middleware cannot be used with "output: export"',
      'app/live/page.tsx: `export const dynamic = "force-dynamic"` on /live cannot be used with "output: export"',
      'app/items/[id]/page.tsx (/items/[id]): Page "/items/[id]" is missing "generateStaticParams()"',
      'app/open/[id]/page.tsx: "dynamicParams: true" cannot be used with "output: export"',
      'app/feed/[id]/route.ts (/feed/[id]): Route handler "/feed/[id]" is missing "generateStaticParams()"',
      'app/api/live/route.ts: `export const dynamic = "force-dynamic"` on /api/live',
      'pages/api/hello.ts: API Routes cannot be used with "output: export"',
      'pages/ssr.tsx: getServerSideProps cannot be used with "output: export"',
      'pages/fb/[id].tsx: getStaticPaths with "fallback: blocking" cannot be used',
      'pages/isr.tsx: ISR cannot be used with "output: export"',
    ]) {
      expect(output).toContain(expected);
    }
    expect(output).toContain("[vinext] output: \"export\" writes a static site to out/, but these need a server:");
    expect(existsSync(join(dir, "out"))).toBe(false);
  });

  it("Server Actions", async () => {
    const dir = writeApp("export-action-error", {
      "next.config.mjs": EXPORT_CONFIG,
      "app/layout.tsx": MINIMAL_LAYOUT,
      "app/actions.ts": `"use server";\nexport async function save() {}\n`,
      "app/page.tsx": `import { save } from "./actions";\nexport default function Page() { return <form action={save}><button>Save</button></form>; }\n`,
    });
    const result = await runCli(["build", dir]);
    expect(result.code).not.toBe(0);
    expect(result.stdout + result.stderr).toContain('app/actions.ts: Server Actions ("use server") cannot be used with "output: export"');
  });

  it("next/image with the default loader", async () => {
    const dir = writeApp("export-image-error", {
      "next.config.mjs": EXPORT_CONFIG,
      "app/layout.tsx": MINIMAL_LAYOUT,
      "app/page.tsx": `import Image from "next/image";\nexport default function Page() { return <Image src="/a.png" width={10} height={10} alt="a" />; }\n`,
    });
    const result = await runCli(["build", dir]);
    expect(result.code).not.toBe(0);
    expect(result.stdout + result.stderr).toContain('app/page.tsx: imports next/image, but Image Optimization using the default loader is not compatible with "output: export"');
  });

  it("pages and route handlers that read the request (next/headers or the Request) at build time, App ISR; pages with no path to export", async () => {
    const dir = writeApp("export-render-errors", {
      "next.config.mjs": EXPORT_CONFIG,
      "app/layout.tsx": MINIMAL_LAYOUT,
      "app/page.tsx": `export default function Page() { return <p>home</p>; }\n`,
      "app/account/page.tsx": `import { cookies } from "next/headers";\nexport default async function Page() { const jar = await cookies(); return <p>{jar.get("user")?.value ?? "anonymous"}</p>; }\n`,
      "app/agent.json/route.ts": `import { headers } from "next/headers";\nexport async function GET() { return Response.json({ agent: (await headers()).get("user-agent") }); }\n`,
      "app/none/[id]/page.tsx": `export function generateStaticParams() { return []; }\nexport default function Page() { return <p>none</p>; }\n`,
      "pages/posts/[id].tsx": `export default function Page() { return <p>post</p>; }\n`,
      // A previous export: a failed build must not leave it looking current.
      "out/index.html": "<p>stale</p>",
      "app/stale/page.tsx": `export const revalidate = 60;\nexport default function Page() { return <p>stale</p>; }\n`,
      "app/echo.json/route.ts": `export function GET(request: Request) { return Response.json({ lang: request.headers.get("accept-language") }); }\n`,
    });
    const result = await runCli(["build", dir]);
    expect(result.code).not.toBe(0);
    const output = result.stdout + result.stderr;
    expect(output).toContain("app/account/page.tsx (/account): it reads per-request data while rendering (cookies(), headers()");
    expect(output).toContain("app/agent.json/route.ts (/agent.json): it reads per-request data");
    expect(output).toContain('app/none/[id]/page.tsx: Page "/none/[id]" has "generateStaticParams()" but it returned no params');
    expect(output).toContain("app/echo.json/route.ts (/echo.json): it reads request.headers, which a static file cannot depend on");
    expect(output).toContain("app/stale/page.tsx (/stale): it sets `revalidate = 60` (Incremental Static Regeneration needs a server");
    expect(output).toContain('pages/posts/[id].tsx: Page "/posts/[id]" was not exported: a dynamic page needs getStaticProps() and getStaticPaths()');
    expect(existsSync(join(dir, "out"))).toBe(false);
  });
});
