// Layouts keep their client state across navigations that share them, and lose
// it when they unmount. Mirrors Next.js test/e2e/app-dir/app/index.test.ts
// ("should not rerender layout when navigating between routes in the same
// layout") and test/e2e/app-dir/navigation/navigation.test.ts (nested-navigation).
import { describe, expect, it } from "vitest";
import { useBrowser, waitForHydration } from "./_browser";

describe("node-server: layout state", () => {
  const { open, server } = useBrowser();

  it("keeps the root and dashboard layout counters within the dashboard, resets only the dashboard one after leaving it", async () => {
    const t = await open("/dashboard");
    await waitForHydration(t);
    await t.setMarker();

    await t.page.getByTestId("counter-layout").click();
    await t.waitForText("counter-layout", "layout count: 1");
    await t.page.getByTestId("counter-dashboard").click();
    await t.page.getByTestId("counter-dashboard").click();
    await t.waitForText("counter-dashboard", "dashboard count: 2");

    const dashboardNav = t.page.getByTestId("dashboard-layout").locator("nav");

    // /dashboard -> /dashboard/settings: both layouts are shared.
    await dashboardNav.locator('a[href="/dashboard/settings"]').click();
    await t.page.waitForURL(`${server().url}/dashboard/settings`);
    await t.waitForText("settings-page", "Dashboard settings");
    expect(await t.text("dashboard-page")).toBeNull();
    expect(await t.text("counter-layout")).toBe("layout count: 1");
    expect(await t.text("counter-dashboard")).toBe("dashboard count: 2");

    // Still interactive after the navigation.
    await t.page.getByTestId("counter-dashboard").click();
    await t.waitForText("counter-dashboard", "dashboard count: 3");

    // /dashboard/settings -> /dashboard
    await dashboardNav.locator('a[href="/dashboard"]').click();
    await t.page.waitForURL(`${server().url}/dashboard`);
    await t.waitForText("dashboard-page", "Dashboard overview");
    expect(await t.text("counter-layout")).toBe("layout count: 1");
    expect(await t.text("counter-dashboard")).toBe("dashboard count: 3");

    // Leaving the dashboard unmounts its layout...
    await t.page.locator('header a[href="/about"]').click();
    await t.page.waitForURL(`${server().url}/about`);
    await t.waitForText("about-title", "About");
    expect(await t.text("counter-dashboard")).toBeNull();
    expect(await t.page.getByTestId("dashboard-layout").count()).toBe(0);
    expect(await t.text("counter-layout")).toBe("layout count: 1");

    // ...so coming back starts it fresh, while the root layout kept its state.
    await t.page.locator('header a[href="/dashboard"]').click();
    await t.page.waitForURL(`${server().url}/dashboard`);
    await t.waitForText("dashboard-page", "Dashboard overview");
    await t.waitForText("counter-dashboard", "dashboard count: 0");
    expect(await t.text("counter-layout")).toBe("layout count: 1");

    expect(await t.hasMarker()).toBe(true);
    expect(t.documents()).toHaveLength(1);
  });

  it("keeps the root layout state across unrelated pages", async () => {
    const t = await open("/");
    await waitForHydration(t);
    await t.page.getByTestId("counter-layout").click();
    await t.waitForText("counter-layout", "layout count: 1");
    for (const [href, testId, text] of [
      ["/pricing", "pricing-title", "Pricing (in a route group)"],
      ["/docs/getting/started", "docs-slug", "Docs: getting / started"],
      ["/blog/hello-world", "blog-slug", "Post: hello-world"],
      ["/", "home-title", "Welcome to vinext"],
    ] as const) {
      await t.page.locator(`header a[href="${href}"]`).click();
      await t.waitForText(testId, text);
      expect(await t.text("counter-layout"), href).toBe("layout count: 1");
    }
    expect(t.documents()).toHaveLength(1);
  });
});
