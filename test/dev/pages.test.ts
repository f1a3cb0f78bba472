// `vinext dev` on a copy of playground/pages: the Pages Router through the same
// handler in dev (no separate dev server), hydration and client transitions with
// `/_next/data`, API routes, the hybrid app page, edits picked up without a
// restart and new pages routable (Next: test/development/basic/hmr,
// test/integration/getserversideprops "dev mode", test/integration/api-support "dev support").
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectErrors, launchChromium } from "../_harness/browser";
import { copyFixture } from "../_harness/fixtures";
import { startDevServer, type RunningServer } from "../_harness/servers";

async function until<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 20_000): Promise<T> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const nextData = (html: string) => JSON.parse(/<script id="__NEXT_DATA__" type="application\/json">([\s\S]*?)<\/script>/.exec(html)![1]!);

describe("vinext dev: Pages Router", () => {
  let dir: string;
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    dir = copyFixture("pages", "dev-pages");
    server = await startDevServer(dir);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("renders pages, data routes, API routes and the hybrid app page through the one handler", async () => {
    const ssr = await fetch(`${server.url}/ssr?a=1`);
    const html = await ssr.text();
    expect(ssr.status, server.logs()).toBe(200);
    expect(html).toContain("Server-side rendered");
    const data = nextData(html);
    expect(data.gssp).toBe(true);
    const json = await (await fetch(`${server.url}/_next/data/${data.buildId}/ssr.json?a=2`)).json();
    expect(json.pageProps.query).toEqual({ a: "2" });
    expect((await fetch(`${server.url}/_next/data/other-build/ssr.json`)).status).toBe(404);
    expect(await (await fetch(`${server.url}/api/users/9`)).json()).toEqual({ id: "9", query: { id: "9" } });
    expect((await (await fetch(`${server.url}/blog/hello`)).text())).toContain("Hello pages");
    expect((await (await fetch(`${server.url}/app-page`)).text())).toContain("An App Router page");
    expect((await fetch(`${server.url}/nope`)).status).toBe(404);
    const broken = await fetch(`${server.url}/ssr-throws`);
    expect(broken.status).toBe(500);
    expect((await fetch(`${server.url}/ssr-promise`)).status).toBe(200);
  });

  it("hydrates and navigates on the client with data", async () => {
    const page = await browser.newPage();
    const errors = collectErrors(page);
    await page.goto(`${server.url}/`);
    const counter = page.getByTestId("app-counter");
    await until(async () => {
      await counter.click();
      return (await counter.textContent())?.includes("app count: 0") ? undefined : true;
    }, "hydration");
    await page.evaluate(() => ((window as unknown as { __marker: number }).__marker = 1));
    await page.click("#to-ssr");
    await page.getByTestId("ssr-title").waitFor();
    expect(await page.getByTestId("ssr-query").textContent()).toBe('{"x":"1"}');
    expect(await page.evaluate(() => (window as unknown as { __marker?: number }).__marker)).toBe(1);
    expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
    await page.close();
  });

  it("shows a page edit on the next request and in the open browser", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/about`);
    await page.getByTestId("about-title").waitFor();
    const file = join(dir, "pages/about.tsx");
    writeFileSync(file, readFileSync(file, "utf8").replace("About the Pages Router", "About, edited"));
    await until(async () => ((await (await fetch(`${server.url}/about`)).text()).includes("About, edited") ? true : undefined), "the edited page over HTTP");
    await page.waitForFunction(() => document.querySelector('[data-testid="about-title"]')?.textContent === "About, edited", undefined, { timeout: 20_000 });
    await page.close();
  });

  it("routes a page and an API route added while running", async () => {
    expect((await fetch(`${server.url}/added/later`)).status).toBe(404);
    mkdirSync(join(dir, "pages/added"), { recursive: true });
    writeFileSync(join(dir, "pages/added/later.tsx"), `export default function Added() { return <h1>added page</h1>; }\n`);
    writeFileSync(join(dir, "pages/api/added.ts"), `export default function handler(_req, res) { res.json({ added: true }); }\n`);
    const body = await until(async () => {
      const res = await fetch(`${server.url}/added/later`);
      return res.status === 200 ? res.text() : undefined;
    }, "the new page");
    expect(body).toContain("added page");
    expect(await until(async () => {
      const res = await fetch(`${server.url}/api/added`);
      return res.status === 200 ? res.json() : undefined;
    }, "the new API route")).toEqual({ added: true });
  });

  it("runs a custom _app's getInitialProps on the server and on client transitions", async () => {
    writeFileSync(
      join(dir, "pages/_app.tsx"),
      [
        `import App, { type AppContext, type AppProps } from "next/app";`,
        `import Link from "next/link";`,
        `export default function MyApp({ Component, pageProps, appProp }: AppProps & { appProp: string }) {`,
        `  return (<div><p data-testid="app-prop">{appProp}</p><Link href="/gip?q=2" id="app-to-gip">gip</Link><Component {...pageProps} /></div>);`,
        `}`,
        `MyApp.getInitialProps = async (context: AppContext) => {`,
        `  const initial = await App.getInitialProps(context);`,
        `  return { ...initial, appProp: (context.ctx.req ? "server:" : "client:") + context.ctx.pathname };`,
        `};`,
      ].join("\n"),
    );
    const html = await until(async () => {
      const body = await (await fetch(`${server.url}/about`)).text();
      return body.includes("server:/about") ? body : undefined;
    }, "the new _app");
    const data = nextData(html);
    expect(data.appGip).toBe(true);
    expect(data.props.appProp).toBe("server:/about");
    // A getServerSideProps page gets both: the app's props and its own pageProps.
    const ssr = nextData(await (await fetch(`${server.url}/ssr?z=1`)).text());
    expect(ssr.props.appProp).toBe("server:/ssr");
    expect(ssr.props.pageProps.query).toEqual({ z: "1" });

    const page = await browser.newPage();
    await page.goto(`${server.url}/about`);
    await page.waitForFunction(() => {
      const link = document.querySelector("#app-to-gip");
      return !!link && Object.keys(link).some((key) => key.startsWith("__reactProps$"));
    });
    await page.click("#app-to-gip");
    await page.waitForFunction(() => document.querySelector('[data-testid="app-prop"]')?.textContent === "client:/gip");
    expect(await page.getByTestId("gip-from").textContent()).toBe("client");
    expect(await page.getByTestId("gip-query").textContent()).toBe('{"q":"2"}');
    await page.close();
  });
});
