// Parallel and intercepting routes in Chromium. Mirrors Next.js
// test/e2e/app-dir/parallel-routes-and-interception (slot state kept on soft
// navigation, default on reload, slot-level loading; a modal via an intercepting
// route on soft navigation, the full page on reload, back closes the modal).
import { describe, expect, it } from "vitest";
import { useBrowser, waitForHydration } from "./_browser";

describe("node-server: parallel and intercepting routes", () => {
  const { open, server } = useBrowser();

  it("keeps an unmatched slot's content and state on soft navigation, shows default.tsx on reload", async () => {
    const t = await open("/parallel");
    await waitForHydration(t);
    await t.page.getByTestId("counter-analytics").click();
    await t.waitForText("counter-analytics", "analytics count: 1");
    await t.page.locator('a[href="/parallel/settings"]').click();
    await t.waitForText("parallel-page", "Parallel settings");
    await t.waitForText("team", "Team settings");
    // @analytics has no settings page: the soft navigation keeps it, with its state.
    await t.waitForText("counter-analytics", "analytics count: 1");
    await t.waitForText("active-segment", "children: settings; team: settings");
    await t.page.reload();
    await t.page.getByTestId("analytics-default").waitFor();
    expect(await t.page.getByTestId("counter-analytics").count()).toBe(0);
  });

  it("opens an intercepted route as a modal on soft navigation; back closes it; reload shows the page", async () => {
    const t = await open("/photos");
    await waitForHydration(t);
    await t.setMarker();
    await t.page.getByTestId("photo-link-1").click();
    await t.page.waitForURL(`${server().url}/photos/p/1`);
    await t.waitForText("photo-modal", "Modal photo 1");
    expect(await t.text("gallery")).toBe("Gallery");
    expect(await t.hasMarker()).toBe(true);
    await t.page.goBack();
    await t.page.waitForURL(`${server().url}/photos`);
    await expect.poll(() => t.page.getByTestId("photo-modal").count()).toBe(0);
    await t.page.goForward();
    await t.waitForText("photo-modal", "Modal photo 1");
    await t.page.reload();
    await t.waitForText("photo-page", "Photo page 1");
    expect(await t.page.getByTestId("photo-modal").count()).toBe(0);
  });

  it("still intercepts when the click comes while the link's prefetch is in flight", async () => {
    // Hold the prefetch (a dynamic page, so it is dropped once it answers) until
    // after the click: the navigation then asks again, and must still say it starts on /photos.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const nextUrls: (string | undefined)[] = [];
    const t = await open("/photos", {
      setup: (page) =>
        page.route("**/photos/p/1.rsc", async (route) => {
          nextUrls.push(route.request().headers()["next-url"]);
          if (nextUrls.length === 1) await held;
          await route.continue();
        }),
    });
    await waitForHydration(t);
    await expect.poll(() => nextUrls.length).toBeGreaterThan(0);
    await t.page.getByTestId("photo-link-1").click();
    await t.page.waitForURL(`${server().url}/photos/p/1`);
    release();
    await t.waitForText("photo-modal", "Modal photo 1");
    expect(await t.text("gallery")).toBe("Gallery");
    // The held prefetch and the navigation both start on /photos (prefetches made later, from the
    // photo page itself, rightly name that page).
    expect(nextUrls.slice(0, 2)).toEqual(["/photos", "/photos"]);
  });
  // (..) in a slot, reaching outside its layout: Next's test/e2e/app-dir/parallel-routes-and-interception
  // "should render modal when paired with parallel routes" (photo 1 then photo 2 as modals, the feed kept).
  it("(..): a modal over the feed; the modal's own link opens the next modal; reload shows the page", async () => {
    const t = await open("/intercept/ann");
    await waitForHydration(t);
    await t.setMarker();
    await t.page.getByTestId("feed-photo-1").click();
    await t.page.waitForURL(`${server().url}/intercept/photo/1`);
    await t.waitForText("feed-photo-modal", "Photo modal 1 over ann Next photo");
    await t.page.getByTestId("feed-photo-next").click();
    await t.page.waitForURL(`${server().url}/intercept/photo/2`);
    await t.waitForText("feed-photo-modal", "Photo modal 2 over ann Next photo");
    expect(await t.text("user-feed")).toBe("Feed for ann");
    expect(t.flight("/intercept/photo/2").length).toBeGreaterThan(0);
    expect(await t.hasMarker()).toBe(true);
    await t.page.goBack();
    await t.page.waitForURL(`${server().url}/intercept/photo/1`);
    await t.waitForText("feed-photo-modal", "Photo modal 1 over ann Next photo");
    await t.page.reload();
    await t.waitForText("feed-photo-page", "Photo page 1");
    expect(await t.page.getByTestId("feed-photo-modal").count()).toBe(0);
  });

  it("(..)(..) replaces the page, (...) opens a modal from the app root; back and reload as Next", async () => {
    const t = await open("/intercept/deep/nested");
    await waitForHydration(t);
    await t.setMarker();
    await t.page.getByTestId("nested-settings").click();
    await t.page.waitForURL(`${server().url}/intercept/settings`);
    await t.waitForText("settings-intercepted", "Settings (intercepted)");
    expect(await t.page.getByTestId("nested-layout").count()).toBe(1);
    await t.page.goBack();
    await t.waitForText("nested-page", "Nested page");
    await t.page.getByTestId("nested-login").click();
    await t.page.waitForURL(`${server().url}/intercept-login`);
    await t.waitForText("login-modal", "Log in (modal)");
    expect(await t.text("nested-page")).toBe("Nested page");
    expect(await t.hasMarker()).toBe(true);
    await t.page.reload();
    await t.waitForText("login-page", "Log in page");
    expect(await t.page.getByTestId("login-modal").count()).toBe(0);
    await t.page.goto(`${server().url}/intercept/settings`);
    await t.waitForText("settings-page", "Settings page");
  });
});
