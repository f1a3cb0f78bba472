// useServerInsertedHTML in Chromium: styles a CSS-in-JS registry emits during SSR
// apply from the first paint (the element never shows unstyled, even without
// JavaScript), hydration accepts the inserted tags, and in the browser the hook
// does nothing (the library inserts its own rules on client navigation). Mirrors
// Next's test/e2e/app-dir/emotion-js (computed colour of CSS-in-JS content).
import { describe, expect, it } from "vitest";
import { routerPush, useBrowser, waitForHydration, type TestPage } from "./_browser";

const GREEN = "rgb(0, 128, 0)";
const PINK = "rgb(200, 0, 100)";

const color = (t: TestPage, testId: string) =>
  t.page.evaluate((id) => {
    const element = document.querySelector(`[data-testid="${id}"]`);
    return element ? getComputedStyle(element).color : null;
  }, testId);

/** Before the document loads: records each element's colour in the task that inserts it. */
const recordFirstColors = () => {
  const seen: Record<string, string> = {};
  (window as unknown as { __firstColors: Record<string, string> }).__firstColors = seen;
  new MutationObserver(() => {
    for (const id of ["ins-title", "ins-late"]) {
      const element = document.querySelector(`[data-testid="${id}"]`);
      if (element && !(id in seen)) seen[id] = getComputedStyle(element).color;
    }
  }).observe(document, { childList: true, subtree: true });
};

describe("node-server: useServerInsertedHTML", () => {
  const { open } = useBrowser();

  it("styles the shell and the streamed part from their first appearance, and hydrates cleanly", async () => {
    const t = await open("/inserted-html", { setup: (page) => page.addInitScript(recordFirstColors) });
    await t.waitForText("ins-late", "Streamed later, styled on arrival");
    const first = await t.page.evaluate(() => (window as unknown as { __firstColors: Record<string, string> }).__firstColors);
    expect(first).toEqual({ "ins-title": GREEN, "ins-late": PINK });
    await waitForHydration(t);
    expect(await color(t, "ins-title")).toBe(GREEN);
    expect(await color(t, "ins-late")).toBe(PINK);
    // The browser-side registry found the server's rules and added no copies.
    expect(await t.page.locator('style[data-css-in-js~="ins-title"]').count()).toBe(1);
    expect(await t.page.locator('style[data-css-in-js~="ins-late"]').count()).toBe(1);
  });

  it("applies the inserted styles without JavaScript", async () => {
    const t = await open("/inserted-html", { javaScriptEnabled: false });
    expect(await color(t, "ins-title")).toBe(GREEN);
    expect(await t.page.locator("head style[data-css-in-js]").count()).toBe(1);
  });

  it("is a no-op in the browser: after a client navigation the library's own rules style the page", async () => {
    const t = await open("/about");
    await waitForHydration(t);
    await t.setMarker();
    await routerPush(t, "/inserted-html");
    await t.waitForText("ins-late", "Streamed later, styled on arrival");
    expect(await t.hasMarker()).toBe(true);
    expect(await color(t, "ins-title")).toBe(GREEN);
    expect(await color(t, "ins-late")).toBe(PINK);
  });
});
