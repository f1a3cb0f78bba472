// The not-found UI, loaded directly and reached by client navigation. Mirrors
// Next.js test/e2e/app-dir/not-found/basic/index.test.ts (app/not-found.tsx
// inside the root layout, for a direct load and after navigating on the client)
// and test/e2e/app-dir/navigation/navigation.test.ts ("not-found" describe).
import { describe, expect, it } from "vitest";
import { routerPush, useBrowser, waitForHydration } from "./_browser";

// Chromium logs every 404 response it loads.
const LOADED_404 = /Failed to load resource: the server responded with a status of 404/;

describe("node-server: not found", () => {
  const { open, server } = useBrowser();

  it("a 404 URL loaded directly shows the not-found UI inside the hydrated root layout", async () => {
    const t = await open("/does-not-exist", { status: 404, allow: [LOADED_404] });
    await t.waitForText("root-not-found", "Nothing lives at this address");
    await waitForHydration(t);
    await t.page.getByTestId("counter-layout").click();
    await t.waitForText("counter-layout", "layout count: 1");
    // The layout's links still navigate on the client from here.
    await t.setMarker();
    await t.page.locator('header a[href="/about"]').click();
    await t.waitForText("about-title", "About");
    expect(await t.hasMarker()).toBe(true);
  });

  it("a client navigation to an unknown URL shows the not-found UI", async () => {
    const t = await open("/", { allow: [LOADED_404] });
    await waitForHydration(t);
    await t.page.getByTestId("counter-layout").click();
    await t.waitForText("counter-layout", "layout count: 1");
    await t.setMarker();

    // No link in the playground points to an unknown URL, so drive the router as a link would.
    await routerPush(t, "/no-such-page");
    await t.page.waitForURL(`${server().url}/no-such-page`);
    await t.waitForText("root-not-found", "Nothing lives at this address");
    expect(await t.text("home-title")).toBeNull();

    // Rendered on the client from the Flight response (status 404), not by a document load.
    expect(await t.hasMarker()).toBe(true);
    expect(t.documents()).toHaveLength(1);
    await t.settle();
    const flight = t.flight("/no-such-page");
    expect(flight.length).toBeGreaterThan(0);
    expect(flight.at(-1)!.status).toBe(404);
    expect(flight.at(-1)!.contentType).toMatch(/^text\/x-component/);
    expect(await t.text("counter-layout")).toBe("layout count: 1");

    // Back returns to the home page.
    await t.page.goBack();
    await t.waitForText("home-title", "Welcome to vinext");
  });
});
