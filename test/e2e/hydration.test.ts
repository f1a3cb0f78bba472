// Hydration of the production (node-server) output in Chromium.
// Mirrors what Next.js checks in test/e2e/app-dir/app/index.test.ts (pages
// hydrate and client components become interactive) and the hydration-error
// reporting of test/development/acceptance-app/hydration-error.test.ts: a
// hydration mismatch is an error, never silently repaired.
import { describe, expect, it } from "vitest";
import { useBrowser, waitForHydration } from "./_browser";

describe("node-server: hydration", () => {
  const { open } = useBrowser();

  it.each(["/", "/about", "/search?q=vite", "/dashboard", "/dashboard/settings", "/blog/hello-world", "/docs/getting/started", "/pricing"])(
    "hydrates %s without console errors, and the layout counter responds",
    async (path) => {
      const t = await open(path);
      await waitForHydration(t);
      expect(await t.text("counter-layout")).toBe("layout count: 0");
      await t.page.getByTestId("counter-layout").click();
      await t.waitForText("counter-layout", "layout count: 1");
      await t.page.getByTestId("counter-layout").click();
      await t.waitForText("counter-layout", "layout count: 2");
      // Only the document was loaded as a document.
      expect(t.documents().map((r) => r.path)).toEqual([path]);
      expect(t.problems()).toEqual([]);
    },
  );

  it("client components read navigation state after hydration", async () => {
    const t = await open("/");
    await waitForHydration(t);
    expect(await t.text("client-pathname")).toBe("/");
    expect(await t.text("client-search")).toBe("");
    expect(await t.text("client-params")).toBe("{}");
    expect(await t.text("client-public-env")).toBe("hello from .env");
  });

  // The harness itself: a server/client mismatch must be seen as a problem,
  // or the "without console errors" tests above would prove nothing.
  it("the harness reports a hydration mismatch", async () => {
    const t = await open("/", {
      allow: [/.*/s],
      setup: (page) =>
        page.route(
          (url) => url.pathname === "/",
          async (route) => {
            // Only the document: prefetches of "/" (rsc: 1) pass through untouched.
            if (route.request().resourceType() !== "document") return route.continue();
            const response = await route.fetch();
            const body = await response.text();
            // Change the server-rendered HTML only; the inlined Flight payload still says "Welcome to vinext".
            const tampered = body.replace(/(data-testid="home-title"[^>]*>)\s*Welcome to vinext/, "$1Tampered title");
            expect(tampered).not.toBe(body);
            await route.fulfill({ response, body: tampered });
          },
          { times: 1 },
        ),
    });
    await waitForHydration(t);
    // React repairs the DOM by client rendering and reports the mismatch.
    await t.waitForText("home-title", "Welcome to vinext");
    await expect
      .poll(() => t.allProblems().join("\n"), { timeout: 10_000 })
      .toMatch(/Minified React error #418|hydrat/i);
  });
});
