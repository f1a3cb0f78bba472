// next/router in Chromium: isReady and the query after hydration, shallow
// routing, getInitialProps on transitions, withRouter, next/compat/router, the
// Router singleton, prefetch, beforePopState. Next: test/integration/router-is-ready,
// test/integration/client-navigation (shallow, getInitialProps), test/e2e/app-dir
// ... next/compat/router docs, test/integration/dynamic-routing (href objects).
import { describe, expect, it } from "vitest";
import { useBrowser } from "./_browser";
import { dataRequests, pagesOutputDir, waitForPagesHydration } from "./_pages";

describe("next/router in the browser", () => {
  const { open } = useBrowser({ dir: pagesOutputDir });

  it("runs instrumentation-client.ts once, before hydration (docs \"instrumentation-client\")", async () => {
    const t = await open("/");
    await waitForPagesHydration(t);
    const marks = await t.page.evaluate(() => (window as unknown as { __instrumentationClient?: unknown }).__instrumentationClient);
    expect(marks).toEqual({ runs: 1, hydratedBefore: false });
  });

  it("fills the query of a static page after hydration (isReady)", async () => {
    const t = await open("/?from=search");
    await t.waitForText("home-ready", "ready");
    expect(await t.text("home-query")).toBe('{"from":"search"}');
    const opt = await open("/opt/a/b?z=1");
    await opt.waitForText("opt-ready", "ready");
    expect(await opt.text("opt-slug")).toBe("a/b");
  });

  it("routes shallowly: URL and query change, data functions do not run, state stays", async () => {
    const t = await open("/shallow");
    await waitForPagesHydration(t);
    const renderedAt = await t.text("shallow-rendered-at");
    await expect.poll(() => t.text("shallow-mounted")).not.toBe("");
    const mounted = await t.text("shallow-mounted");
    await t.page.click("#shallow-push");
    await t.waitForText("shallow-query", '{"step":"2"}');
    expect(t.pathname()).toBe("/shallow?step=2");
    expect(await t.text("shallow-rendered-at")).toBe(renderedAt);
    const own = () => dataRequests(t).filter((path) => path.startsWith("/shallow"));
    expect(own()).toEqual([]);
    await t.page.click("#deep-push");
    await t.waitForText("shallow-query", '{"step":"3"}');
    expect(own()).toEqual(["/shallow.json?step=3"]);
    expect(await t.text("shallow-rendered-at")).not.toBe(renderedAt);
    expect(await t.text("shallow-mounted")).toBe(mounted);
    await t.page.goBack();
    await t.waitForText("shallow-query", '{"step":"2"}');
  });

  it("runs getInitialProps in the browser on a transition", async () => {
    const t = await open("/");
    await waitForPagesHydration(t);
    await t.page.click("#link-gip");
    await t.waitForText("gip-from", "client");
    expect(await t.text("gip-query")).toBe("{}");
  });

  it("offers withRouter, next/compat/router and the Router singleton", async () => {
    const t = await open("/router-api");
    await waitForPagesHydration(t);
    expect(await t.text("with-router-pathname")).toBe("/router-api");
    expect(await t.text("compat-pathname")).toBe("/router-api");
    await t.waitForText("singleton-pathname", "/router-api");
    await t.page.click("#singleton-push");
    await t.waitForText("docs-slug", "a/b");
    expect(t.pathname()).toBe("/docs/a/b?x=1");
    expect(t.documents()).toHaveLength(1);
  });

  it("navigates with window.next.router.push, as Next's own tests drive it", async () => {
    const t = await open("/about");
    await waitForPagesHydration(t);
    await t.page.evaluate(() => (window as unknown as { next: { router: { push(url: string): void } } }).next.router.push("/blog/world"));
    await t.waitForText("post-title", "World of data");
  });

  it("prefetches a getStaticProps page's data", async () => {
    const t = await open("/router-api");
    await waitForPagesHydration(t);
    await t.page.click("#prefetch-blog");
    await expect.poll(() => dataRequests(t)).toContain("/blog/hello.json");
  });

  it("lets beforePopState cancel a back navigation's render", async () => {
    const t = await open("/router-api");
    await waitForPagesHydration(t);
    await t.page.evaluate(() => (window as unknown as { next: { router: { push(url: string): Promise<boolean> } } }).next.router.push("/router-api?blocked=1"));
    await expect.poll(() => t.pathname()).toBe("/router-api?blocked=1");
    await t.page.evaluate(() => (window as unknown as { next: { router: { push(url: string): Promise<boolean> } } }).next.router.push("/router-api?next=1"));
    await expect.poll(() => t.pathname()).toBe("/router-api?next=1");
    await t.page.goBack();
    await t.waitForText("blocked", "blocked");
  });

  it("hydrates a page in preview mode with router.isPreview (Next: test/integration/prerender-preview)", async () => {
    const t = await open("/api/preview?action=enable&user=ada");
    await t.page.goto(`${t.page.url().split("/api/")[0]}/preview-gsp`);
    await waitForPagesHydration(t);
    expect(await t.text("preview-flag")).toBe("preview");
    expect(await t.text("router-preview")).toBe("true");
    await t.page.goto(`${t.page.url().split("/preview-gsp")[0]}/api/preview?action=clear`);
    await t.page.goto(`${t.page.url().split("/api/")[0]}/preview-gsp`);
    await waitForPagesHydration(t);
    expect([await t.text("preview-flag"), await t.text("router-preview")]).toEqual(["published", "false"]);
  });

  it("replaces the history entry with router.replace", async () => {
    const t = await open("/");
    await waitForPagesHydration(t);
    await t.page.click("#to-router-api");
    await t.waitForText("with-router-pathname", "/router-api");
    await t.page.click("#replace-about");
    await t.waitForText("about-title", "About the Pages Router");
    await t.page.goBack();
    await t.waitForText("home-title", "Pages Router home");
  });
});
