// CSS modules applied on the first load and after client navigation, including
// CSS that only the navigated-to page imports. Mirrors Next.js
// test/e2e/app-dir/css-order/css-order.test.ts (computed styles checked after
// navigating between pages with different CSS) and test/e2e/app-dir/app-css
// (styles of the new page are loaded on client navigation).
import { describe, expect, it } from "vitest";
import { useBrowser, waitForHydration, type TestPage } from "./_browser";

const HERO = "rgb(10, 20, 200)";
const ABOUT = "rgb(200, 30, 30)";

const color = (t: TestPage, testId: string) =>
  t.page.evaluate((id) => {
    const element = document.querySelector(`[data-testid="${id}"]`);
    return element ? getComputedStyle(element).color : null;
  }, testId);

/**
 * Records the computed colour of `[data-testid=testId]` in the same task that
 * inserts it, before any paint: content committed before its stylesheet
 * loaded shows up here as an unstyled colour.
 */
const watchFirstColor = (t: TestPage, testId: string) =>
  t.page.evaluate((id) => {
    const w = window as unknown as { __firstColor?: string | null };
    w.__firstColor = null;
    const observer = new MutationObserver(() => {
      const element = document.querySelector(`[data-testid="${id}"]`);
      if (!element) return;
      w.__firstColor = getComputedStyle(element).color;
      observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true });
  }, testId);

const firstColor = (t: TestPage) => t.page.evaluate(() => (window as unknown as { __firstColor?: string | null }).__firstColor);

describe("node-server: CSS", () => {
  const { open } = useBrowser();

  it("applies the page's CSS module on first load and after client navigations", async () => {
    const t = await open("/");
    expect(await color(t, "home-title")).toBe(HERO);
    await waitForHydration(t);
    expect(await color(t, "home-title")).toBe(HERO);

    await t.page.locator('header a[href="/about"]').click();
    await t.waitForText("about-title", "About");
    await expect.poll(() => color(t, "about-title"), { timeout: 10_000 }).toBe(ABOUT);

    await t.page.locator('header a[href="/"]').click();
    await t.waitForText("home-title", "Welcome to vinext");
    await expect.poll(() => color(t, "home-title"), { timeout: 10_000 }).toBe(HERO);
    // The about stylesheet does not leak onto home, and globals still apply.
    expect(await t.page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(250, 250, 250)");
    expect(t.documents()).toHaveLength(1);
  });

  it("does not show navigated-to content before its stylesheet applies", async () => {
    const t = await open("/");
    await waitForHydration(t);

    await watchFirstColor(t, "about-title");
    await t.page.locator('header a[href="/about"]').click();
    await t.waitForText("about-title", "About");
    expect(await firstColor(t)).toBe(ABOUT);

    await watchFirstColor(t, "home-title");
    await t.page.locator('header a[href="/"]').click();
    await t.waitForText("home-title", "Welcome to vinext");
    expect(await firstColor(t)).toBe(HERO);
  });

  it("applies CSS on a page loaded directly and on one reached by router.push", async () => {
    const t = await open("/about");
    expect(await color(t, "about-title")).toBe(ABOUT);
    await waitForHydration(t);
    await t.page.locator('header a[href="/"]').click();
    await t.waitForText("home-title", "Welcome to vinext");
    await expect.poll(() => color(t, "home-title"), { timeout: 10_000 }).toBe(HERO);
    await t.page.getByTestId("push-about").click();
    await t.waitForText("about-title", "About");
    await expect.poll(() => color(t, "about-title"), { timeout: 10_000 }).toBe(ABOUT);
  });
});
