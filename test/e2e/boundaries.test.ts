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

  it("renders error.tsx from the server with only a digest, and reset() re-renders", async () => {
    const t = await open("/boundaries/error-demo", { status: 500, allow: [/500/] });
    await waitForHydration(t);
    expect(await t.text("error-message")).not.toContain("secret failure detail");
    expect(await t.text("error-digest")).toMatch(/^\d+$/);
  });
});
