// Boundaries in the browser. Mirrors Next.js test/e2e/app-dir/loading,
// test/e2e/app-dir/error-boundary-navigation (client errors caught by error.tsx,
// reset), test/e2e/app-dir/template (templates remount, layouts keep state),
// test/e2e/app-dir/not-found (notFound during client navigation) and
// test/e2e/app-dir/navigation (redirect() during client navigation).
import { describe, expect, it } from "vitest";
import { useBrowser, waitForHydration } from "./_browser";

describe("node-server: boundaries in the browser", () => {
  const { open, server } = useBrowser();

  it("shows the loading UI during client navigation, then the page", async () => {
    const t = await open("/boundaries/items/1");
    await waitForHydration(t);
    await t.page.locator('a[href="/boundaries/loading-demo"]').click();
    await t.waitForText("loading-ui", "Loading the slow page…");
    await t.waitForText("slow-content", "Slow content arrived");
    expect(t.documents()).toHaveLength(1);
  });

  // Next: test/e2e/app-dir/loading ("should show loading.js on first load"): the browser
  // shows the loading UI from the first chunks of the document, before the page's own.
  it("streams the first load: the loading UI is on screen before the slow page arrives", async () => {
    const t = await open("/boundaries/loading-demo", {
      setup: (page) =>
        page.addInitScript(() => {
          const seen: [string, number][] = [];
          (window as unknown as { __seen: [string, number][] }).__seen = seen;
          new MutationObserver(() => {
            for (const id of ["loading-ui", "slow-content"]) {
              const el = document.querySelector(`[data-testid="${id}"]`);
              // Visible in the document (React streams a resolved boundary into a hidden div first).
              if (el && !seen.some(([name]) => name === id) && el.closest("[hidden]") === null) seen.push([id, performance.now()]);
            }
          }).observe(document, { childList: true, subtree: true });
        }),
    });
    await t.waitForText("slow-content", "Slow content arrived");
    const seen = await t.page.evaluate(() => (window as unknown as { __seen: [string, number][] }).__seen);
    expect(seen.map(([id]) => id)).toEqual(["loading-ui", "slow-content"]);
    // The page waits 700 ms on the server: a buffered document would show both at once.
    expect(seen[1]![1] - seen[0]![1]).toBeGreaterThan(300);
    expect(await t.page.getByTestId("loading-ui").count()).toBe(0);
  });

  it("catches a client component error with error.tsx and recovers with reset()", async () => {
    const t = await open("/boundaries/client-error", { allow: [/boom in the browser/, /The above error occurred/] });
    await waitForHydration(t);
    await t.page.getByTestId("bomb").click();
    await t.page.getByTestId("client-error-ui").waitFor();
    expect(await t.page.getByTestId("client-error-ui").textContent()).toContain("boom in the browser");
    // The layout outside the boundary is untouched.
    expect(await t.page.getByTestId("boundaries-layout").count()).toBe(1);
    await t.page.getByTestId("client-error-reset").click();
    await t.page.getByTestId("bomb").waitFor();
  });

  it("remounts template.tsx on navigation while the layout keeps its state", async () => {
    const t = await open("/boundaries/template/a");
    await waitForHydration(t);
    await t.page.getByTestId("counter-template").click();
    await t.page.getByTestId("counter-layout").click();
    await t.waitForText("counter-template", "template count: 1");
    await t.page.locator('a[href="/boundaries/template/b"]').click();
    await t.waitForText("template-page", "Template page B");
    await t.waitForText("counter-template", "template count: 0");
    await t.waitForText("counter-layout", "layout count: 1");
  });

  it("shows the segment not-found UI when a client navigation hits notFound()", async () => {
    const t = await open("/boundaries/items/1");
    await waitForHydration(t);
    await t.page.locator('a[href="/boundaries/items/missing"]').click();
    await t.waitForText("item-not-found", "No such item");
    expect(t.documents()).toHaveLength(1);
  });

  it("follows redirect() during a client navigation without a document load", async () => {
    const t = await open("/boundaries/items/1");
    await waitForHydration(t);
    await t.setMarker();
    await t.page.locator('a[href="/boundaries/redirect-demo"]').click();
    await t.page.waitForURL(`${server().url}/about`);
    await t.waitForText("about-title", "About");
    expect(await t.hasMarker()).toBe(true);
  });

  it("follows permanentRedirect() during a client navigation, replacing the entry", async () => {
    const t = await open("/boundaries/items/1");
    await waitForHydration(t);
    await t.setMarker();
    await t.page.locator('a[href="/boundaries/permanent-redirect"]').click();
    await t.page.waitForURL(`${server().url}/pricing`);
    expect(await t.hasMarker()).toBe(true);
    expect(t.flight("/boundaries/permanent-redirect").length).toBeGreaterThan(0);
    // The redirect replaced the navigation's entry: back returns to the page it started on.
    await t.page.goBack();
    await t.waitForText("item", "Item 1");
  });

  // Next: test/e2e/app-dir/errors ("should trigger error component when an error happens during rendering",
  // digest only in production) and the error.js docs (recovering from a server error: router.refresh() with reset()).
  it("renders error.tsx from the server with only a digest; reset() with router.refresh() recovers once the cause is gone", async () => {
    const t = await open("/boundaries/error-demo", { status: 500, allow: [/500/, /secret failure detail|digest/i] });
    await waitForHydration(t);
    expect(await t.text("error-message")).not.toContain("secret failure detail");
    expect(await t.text("error-digest")).toMatch(/^\d+$/);
    // reset() alone re-renders the segment from the payload it has: the server error is still there.
    await t.page.getByTestId("error-reset").click();
    await t.page.getByTestId("error-ui").waitFor();
    await t.page.context().addCookies([{ name: "recovered", value: "1", url: server().url }]);
    await t.page.getByTestId("error-refresh-reset").click();
    await t.waitForText("error-demo-recovered", "Recovered");
    expect(await t.page.getByTestId("error-ui").count()).toBe(0);
    expect(t.documents()).toHaveLength(1);
  });

  // Next: test/e2e/app-dir/global-error ("should render global error for error in server components").
  it("shows app/global-error in place of the root layout for an error no boundary catches, and it hydrates", async () => {
    const t = await open("/boundaries/unhandled", { status: 500, allow: [/500/, /unhandled secret detail|digest/i] });
    await t.waitForText("global-error", "Something went wrong globally");
    expect(await t.text("global-error-digest")).toMatch(/^\d+$/);
    // global-error brings its own <html>/<body>: the root layout's counter is not there.
    expect(await t.page.getByTestId("counter-layout").count()).toBe(0);
    await t.page.waitForFunction(() => {
      const heading = document.querySelector('[data-testid="global-error"]');
      return !!heading && Object.keys(heading).some((key) => key.startsWith("__react"));
    });
    expect(await t.page.content()).not.toContain("unhandled secret detail");
  });
});
