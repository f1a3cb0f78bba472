// next/link prefetching. Mirrors Next.js
// test/e2e/app-dir/app-prefetch/prefetching.test.ts ("should not fetch again
// when a static page was prefetched", "should not have prefetch error for
// static path") and the 30 s client cache for dynamic pages described in
// https://nextjs.org/docs/app/guides/prefetching: a link in the viewport or
// hovered is fetched ahead, and the click then renders from that prefetch.
import { describe, expect, it } from "vitest";
import { useBrowser, waitForHydration } from "./_browser";

describe("node-server: prefetch", () => {
  const { open, server } = useBrowser();

  it("prefetches a link before it is clicked and renders the click from the prefetch", async () => {
    const t = await open("/");
    await waitForHydration(t);
    const link = t.page.locator('header a[href="/about"]');
    await link.hover();

    // A Flight request for /about happened before any click, and was answered.
    await expect.poll(() => t.flight("/about").filter((r) => r.status === 200).length, { timeout: 10_000 }).toBeGreaterThan(0);
    await t.settle();
    const prefetched = t.flight("/about").length;
    expect(t.flight("/about").every((r) => /^text\/x-component/.test(r.contentType ?? ""))).toBe(true);

    await t.setMarker();
    const clickedAt = Date.now();
    await link.click();
    await t.page.waitForURL(`${server().url}/about`);
    await t.waitForText("about-title", "About");
    await t.settle();
    expect(Date.now() - clickedAt).toBeLessThan(30_000);

    // No second request for the prefetched page, and no document load.
    expect(t.flight("/about")).toHaveLength(prefetched);
    expect(await t.hasMarker()).toBe(true);
    expect(t.documents()).toHaveLength(1);
  });

  it("prefetches links in the viewport without hovering them", async () => {
    const t = await open("/about");
    await waitForHydration(t);
    // Every header link is visible; each gets one prefetch.
    for (const href of ["/", "/blog/hello-world", "/docs/getting/started", "/search?q=vite", "/dashboard", "/pricing"]) {
      await expect.poll(() => t.flight(href).length, { timeout: 10_000, message: `prefetch of ${href}` }).toBeGreaterThan(0);
    }
    await t.settle();
    for (const request of t.flight()) {
      expect(request.status, request.path).toBe(200);
      expect(request.contentType, request.path).toMatch(/^text\/x-component/);
    }
    // Hovering an already prefetched link does not fetch it again.
    const before = t.flight("/pricing").length;
    await t.page.locator('header a[href="/pricing"]').hover();
    await t.page.locator('header a[href="/pricing"]').click();
    await t.waitForText("pricing-title", "Pricing (in a route group)");
    await t.settle();
    expect(t.flight("/pricing")).toHaveLength(before);
  });
});
