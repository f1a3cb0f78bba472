// Pages Router in Chromium: hydration without mismatch, client transitions with
// data (`/_next/data`), redirects and notFound during transitions, fallback pages,
// back/forward with scroll restoration, next/head updates, and hybrid app ↔ pages
// document navigations. Next: test/integration/client-navigation,
// test/integration/getserversideprops ("should navigate between pages successfully",
// "should render 404 correctly when notFound is returned client-transition"),
// test/e2e/prerender (fallback: true), test/integration/scroll-back-restoration,
// test/integration/next-head.
import { describe, expect, it } from "vitest";
import { useBrowser } from "./_browser";
import { bumpCounter, counter, dataRequests, pagesOutputDir, routerEvents, waitForPagesHydration } from "./_pages";

describe("Pages Router in the browser", () => {
  const { open } = useBrowser({ dir: pagesOutputDir });

  it.each(["/", "/ssr?x=1", "/blog/hello", "/about", "/fallback/first", "/gip", "/docs/a/b", "/opt/x"])("hydrates %s without a mismatch", async (path) => {
    const t = await open(path);
    await waitForPagesHydration(t);
    await bumpCounter(t);
    expect(await counter(t)).toBe("app count: 1");
  });

  it("hydrates the 404 and 500 pages with their status", async () => {
    const missing = await open("/nowhere", { status: 404, allow: [/status of 404/] });
    await waitForPagesHydration(missing);
    expect(await missing.text("custom-404")).toContain("could not be found");
    const broken = await open("/ssr-throws", { status: 500, allow: [/status of 500/] });
    await waitForPagesHydration(broken);
    expect(await broken.page.textContent("h1")).toBe("500");
  });

  it("navigates on the client with data from /_next/data, keeping _app state, with router events", async () => {
    const t = await open("/");
    await waitForPagesHydration(t);
    await t.setMarker();
    await bumpCounter(t, 2);
    await t.page.click("#to-ssr");
    await t.waitForText("ssr-title", "Server-side rendered");
    expect(t.pathname()).toBe("/ssr?x=1");
    expect(await t.text("ssr-query")).toBe('{"x":"1"}');
    expect(await t.text("ssr-as-path")).toBe("/ssr?x=1");
    expect(await counter(t)).toBe("app count: 2");
    expect(await t.hasMarker()).toBe(true);
    expect(dataRequests(t)).toContain("/ssr.json?x=1");
    expect(t.documents()).toHaveLength(1);
    const events = await routerEvents(t);
    expect(events.slice(-3)).toEqual(["routeChangeStart:/ssr?x=1", "beforeHistoryChange:/ssr?x=1", "routeChangeComplete:/ssr?x=1"]);
  });

  it("follows an href object to a getStaticProps page, and back/forward re-render without a reload", async () => {
    const t = await open("/about");
    await waitForPagesHydration(t);
    await t.setMarker();
    await t.page.click("#link-post");
    await t.waitForText("post-title", "Hello pages");
    expect(t.pathname()).toBe("/blog/hello");
    await t.page.goBack();
    await t.waitForText("about-title", "About the Pages Router");
    await t.page.goForward();
    await t.waitForText("post-title", "Hello pages");
    expect(await t.hasMarker()).toBe(true);
  });

  it("follows a getServerSideProps redirect during a transition", async () => {
    const t = await open("/");
    await waitForPagesHydration(t);
    await t.setMarker();
    await t.page.click("#to-redirect");
    await t.waitForText("post-title", "Hello pages");
    expect(t.pathname()).toBe("/blog/hello");
    expect(await t.hasMarker()).toBe(true);
  });

  it("loads the 404 page as a document when a transition's data is notFound", async () => {
    const t = await open("/", { allow: [/status of 404/] });
    await waitForPagesHydration(t);
    await t.page.click("#to-not-found");
    await t.waitForText("custom-404", "Custom pages 404 — This page could not be found");
    expect(t.pathname()).toBe("/ssr-not-found");
    expect(t.documents().at(-1)).toMatchObject({ path: "/ssr-not-found", status: 404 });
  });

  it("shows a fallback page first, then the page with its data (router.isFallback)", async () => {
    const t = await open("/fallback/brand-new");
    await t.waitForText("fallback-id", "brand-new");
    expect(await t.text("fallback-source")).toBe("getStaticProps");
    expect(dataRequests(t)).toContain("/fallback/brand-new.json");
  });

  it("restores the scroll position on back", async () => {
    const t = await open("/long");
    await waitForPagesHydration(t);
    // Scrolled to the link at the bottom, as a reader would be when clicking it.
    await t.page.locator("#long-to-about").scrollIntoViewIfNeeded();
    await expect.poll(() => t.page.evaluate(() => window.scrollY)).toBeGreaterThan(2000);
    const before = await t.page.evaluate(() => window.scrollY);
    await t.page.click("#long-to-about");
    await t.waitForText("about-title", "About the Pages Router");
    expect(await t.page.evaluate(() => window.scrollY)).toBe(0);
    await t.page.goBack();
    await t.waitForText("long-title", "A long page");
    await expect.poll(() => t.page.evaluate(() => window.scrollY)).toBe(before);
  });

  it("keeps <head> in sync with next/head across transitions", async () => {
    const t = await open("/");
    await waitForPagesHydration(t);
    expect(await t.page.title()).toBe("Pages home");
    await t.page.click("#link-about");
    await t.waitForText("about-title", "About the Pages Router");
    await expect.poll(() => t.page.title()).toBe("About pages");
    expect(await t.page.$$eval('meta[name="description"]', (els) => els.map((e) => (e as HTMLMetaElement).content))).toEqual(["second"]);
    expect(await t.page.$$eval('meta[name="viewport"]', (els) => els.length)).toBe(1);
    await t.page.goBack();
    await expect.poll(() => t.page.title()).toBe("Pages home");
    expect(await t.page.$$eval('meta[name="description"]', (els) => els.length)).toBe(0);
  });

  it("applies _app's global CSS and the page's CSS module", async () => {
    const t = await open("/about");
    expect(await t.page.$eval("body", (b) => getComputedStyle(b).backgroundColor)).toBe("rgb(250, 240, 231)");
    expect(await t.page.getByTestId("about-title").evaluate((e) => getComputedStyle(e).color)).toBe("rgb(200, 30, 40)");
  });

  it("goes from a pages page to an app page, and back to pages, as document navigations", async () => {
    const t = await open("/");
    await waitForPagesHydration(t);
    await t.page.click("#link-app");
    await t.waitForText("app-page-title", "An App Router page");
    expect(t.documents().map((d) => d.path)).toEqual(["/", "/app-page"]);
    await t.page.waitForFunction(() => {
      const link = document.querySelector("#app-to-about");
      return !!link && Object.keys(link).some((key) => key.startsWith("__reactProps$"));
    });
    await t.page.click("#app-to-about");
    await t.waitForText("about-title", "About the Pages Router");
    expect(t.documents().at(-1)?.path).toBe("/about");
  });

  it("leaves a URL an app route wins to a document navigation", async () => {
    const t = await open("/");
    await waitForPagesHydration(t);
    await t.page.click("#to-hybrid-app");
    await t.waitForText("hybrid-app", "app/hybrid/static wins over pages/hybrid/[id]");
    expect(t.documents().at(-1)?.path).toBe("/hybrid/static");
  });
});
