// Scroll position after client navigation. Mirrors Next.js
// test/e2e/app-dir/router-autoscroll/router-autoscroll.test.ts ("should scroll
// to top of document when navigating between to pages without layout"): a push
// to a new page scrolls it to the top.
import { describe, expect, it } from "vitest";
import { useBrowser, waitForHydration } from "./_browser";

describe("node-server: scroll", () => {
  const { open } = useBrowser();

  it("navigating from the bottom of the home page to /about scrolls to the top", async () => {
    // A short viewport, so /about itself is taller than the window: without the
    // router's scroll it would stay scrolled down (the browser only clamps).
    const t = await open("/", { viewport: { width: 320, height: 120 } });
    await waitForHydration(t);
    await t.page.evaluate(() => document.getElementById("bottom")!.scrollIntoView());
    await expect.poll(() => t.page.evaluate(() => window.scrollY)).toBeGreaterThan(0);

    // Click without Playwright scrolling the (top of page) link into view first.
    await t.page.locator('header a[href="/about"]').dispatchEvent("click");
    await t.waitForText("about-title", "About");
    const room = await t.page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
    expect(room, "/about must be scrollable in this viewport for the test to mean anything").toBeGreaterThan(0);
    await expect.poll(() => t.page.evaluate(() => window.scrollY), { timeout: 10_000 }).toBe(0);
    expect(t.documents()).toHaveLength(1);
  });

  it("useRouter().push from the bottom scrolls to the top too", async () => {
    const t = await open("/", { viewport: { width: 320, height: 120 } });
    await waitForHydration(t);
    await t.page.evaluate(() => document.getElementById("bottom")!.scrollIntoView());
    await expect.poll(() => t.page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await t.page.getByTestId("push-about").dispatchEvent("click");
    await t.waitForText("about-title", "About");
    await expect.poll(() => t.page.evaluate(() => window.scrollY), { timeout: 10_000 }).toBe(0);
  });
});
