// `vinext dev` on a copy of the playground, started with an EMPTY Vite deps
// cache (DESIGN.md §2: Nitro v3 + plugin-rsc could load React twice on a cold
// cache). Edits follow Next's dev expectations (test/development/app-hmr,
// test/e2e/app-dir/hmr): server component edits show without restart, new
// route files are routable, client components hot-update keeping state.
import { existsSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Locator } from "playwright-core";
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

/** Before hydration a click does nothing; keep clicking until the counter reacts. */
function clickUntilHydrated(counter: Locator) {
  return until(async () => {
    await counter.click();
    return (await counter.textContent())?.includes("count: 0") ? undefined : true;
  }, "hydration");
}

describe("vinext dev", () => {
  let dir: string;
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    dir = copyFixture("app", "dev-app");
    expect(existsSync(join(dir, "node_modules/.vite"))).toBe(false);
    server = await startDevServer(dir);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("serves a page that uses hooks from a cold deps cache, and it hydrates", async () => {
    const res = await fetch(`${server.url}/`);
    const html = await res.text();
    expect(res.status, server.logs()).toBe(200);
    expect(html.replace(/<!-- -->/g, "")).toContain("layout count: 0");
    expect(html).not.toContain("Invalid hook call");

    const page = await browser.newPage();
    const errors = collectErrors(page);
    await page.goto(`${server.url}/`);
    const counter = page.getByTestId("counter-layout");
    await clickUntilHydrated(counter);
    expect(errors.filter((e) => /Invalid hook call|hydrat/i.test(e))).toEqual([]);
    expect(server.logs()).not.toContain("Invalid hook call");
    await page.close();
  });

  it("shows a server component edit on the next request without a restart", async () => {
    const file = join(dir, "app/about/page.tsx");
    writeFileSync(file, readFileSync(file, "utf8").replace("vinext runs Next.js apps on Vite.", "Edited on disk."));
    const html = await until(async () => {
      const body = await (await fetch(`${server.url}/about`)).text();
      return body.includes("Edited on disk.") ? body : undefined;
    }, "the edited server component");
    expect(html).toContain("About");
  });

  it("routes a newly added page file without a restart", async () => {
    expect((await fetch(`${server.url}/added-later`)).status).toBe(404);
    mkdirSync(join(dir, "app/added-later"), { recursive: true });
    writeFileSync(join(dir, "app/added-later/page.tsx"), `export default function Added() { return <h1>added later</h1>; }\n`);
    const body = await until(async () => {
      const res = await fetch(`${server.url}/added-later`);
      return res.status === 200 ? res.text() : undefined;
    }, "the new route");
    expect(body).toContain("added later");
  });

  it("hot-updates a client component keeping its state, and refreshes server output in place", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    const counter = page.getByTestId("counter-layout");
    await clickUntilHydrated(counter);
    await counter.click();
    const before = await counter.textContent();
    expect(before).toMatch(/layout count: [1-9]/);
    const clicks = before!.replace(/\D+/g, "");
    await page.evaluate(() => ((window as unknown as { __marker: number }).__marker = 1));

    const counterFile = join(dir, "components/counter.tsx");
    writeFileSync(counterFile, readFileSync(counterFile, "utf8").replace("{label} count:", "{label} clicks:"));
    await page.waitForFunction((n) => document.querySelector('[data-testid="counter-layout"]')?.textContent === `layout clicks: ${n}`, clicks);

    const homeFile = join(dir, "app/page.tsx");
    writeFileSync(homeFile, readFileSync(homeFile, "utf8").replace("Welcome to vinext", "Welcome back"));
    await page.waitForFunction(() => document.querySelector('[data-testid="home-title"]')?.textContent === "Welcome back");
    // Neither update reloaded the document, and the client state survived both.
    expect(await page.evaluate(() => (window as unknown as { __marker?: number }).__marker)).toBe(1);
    expect(await counter.textContent()).toBe(`layout clicks: ${clicks}`);
    await page.close();
  });
});
