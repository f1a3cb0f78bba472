// next/link options and the imperative router, in Chromium against node-server.
// Mirrors Next.js test/e2e/app-dir/navigation (replace, scroll={false}, URL
// objects), test/e2e/app-dir/router-autoscroll and test/e2e/app-dir/app-prefetch
// (router.prefetch loads without navigating).
import { describe, expect, it } from "vitest";
import { useBrowser, waitForHydration } from "./_browser";

describe("node-server: link options and router API", () => {
  const { open, server } = useBrowser();

  it("<Link replace> replaces the history entry", async () => {
    const t = await open("/");
    await waitForHydration(t);
    await t.page.locator('header a[href="/dashboard"]').click();
    await t.waitForText("dashboard-page", "Dashboard overview");
    await t.page.evaluate(() => (window as unknown as { next: { router: { push(h: string): void } } }).next.router.push("/links"));
    await t.waitForText("links-title", "Link options");
    const length = await t.page.evaluate(() => history.length);
    await t.page.getByTestId("link-replace").click();
    await t.waitForText("about-title", "About");
    expect(await t.page.evaluate(() => history.length)).toBe(length);
    await t.page.goBack();
    // /links was replaced by /about, so back lands on the dashboard.
    await t.waitForText("dashboard-page", "Dashboard overview");
    expect(t.documents()).toHaveLength(1);
  });

  it("<Link scroll={false}> keeps the scroll position", async () => {
    const t = await open("/links");
    await waitForHydration(t);
    const link = t.page.getByTestId("link-no-scroll");
    await link.scrollIntoViewIfNeeded();
    const before = await t.page.evaluate(() => window.scrollY);
    expect(before).toBeGreaterThan(100);
    await link.click();
    await t.page.waitForURL(`${server().url}/links?kept=1`);
    await t.page.waitForLoadState("networkidle");
    expect(await t.page.evaluate(() => window.scrollY)).toBe(before);
  });

  it("a URL-object href navigates with its query", async () => {
    const t = await open("/links");
    await waitForHydration(t);
    await t.page.getByTestId("link-object").click();
    await t.waitForText("search-query", "Results for: object href");
    expect(new URL(t.page.url()).search).toBe("?q=object+href");
  });

  it("router.back(), router.forward() and router.replace() move through history", async () => {
    const t = await open("/about");
    await waitForHydration(t);
    await t.setMarker();
    await t.page.evaluate(() => (window as unknown as { next: { router: { push(h: string): void } } }).next.router.push("/links"));
    await t.waitForText("links-title", "Link options");
    await t.page.getByTestId("router-back").click();
    await t.waitForText("about-title", "About");
    await t.page.evaluate(() => history.forward());
    await t.waitForText("links-title", "Link options");
    await t.page.getByTestId("router-back").click();
    await t.waitForText("about-title", "About");
    await t.page.evaluate(() => (window as unknown as { next: { router: { forward(): void } } }).next.router.forward());
    await t.waitForText("links-title", "Link options");
    await t.page.getByTestId("router-replace").click();
    await t.waitForText("dashboard-page", "Dashboard overview");
    await t.page.goBack();
    await t.waitForText("about-title", "About");
    expect(await t.hasMarker()).toBe(true);
  });

  it("router.prefetch() loads a route without navigating", async () => {
    const t = await open("/links");
    await waitForHydration(t);
    await t.page.getByTestId("router-prefetch").click();
    await expect.poll(() => t.flight("/pricing").length, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(t.pathname()).toBe("/links");
    expect(await t.text("links-title")).toBe("Link options");
  });
});
