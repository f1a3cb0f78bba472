// Client-side navigation in the node-server output.
// Mirrors Next.js test/e2e/app-dir/navigation/navigation.test.ts (next/link and
// router.push navigate without a document load; back/forward restore the page;
// router.refresh keeps client state), test/e2e/app-dir/use-params and
// test/e2e/app-dir/search-params-react-key/layout-params.test.ts (search-param
// changes update useSearchParams and keep layout state), and
// test/e2e/app-dir/app/index.test.ts ("should navigate to pages without a full reload").
import { describe, expect, it } from "vitest";
import { useBrowser, waitForHydration, type TestPage } from "./_browser";

const FLIGHT_TYPE = /^text\/x-component/;

/** A Flight request for `path` answered 200 with a Flight body (prefetch or navigation). */
async function expectFlightFor(t: TestPage, path: string) {
  await expect.poll(() => t.flight(path).filter((r) => r.status !== undefined).length, { timeout: 10_000 }).toBeGreaterThan(0);
  for (const request of t.flight(path).filter((r) => r.status !== undefined)) {
    expect(request.status, `flight ${path}`).toBe(200);
    expect(request.contentType, `flight ${path}`).toMatch(FLIGHT_TYPE);
  }
}

describe("node-server: client navigation", () => {
  const { open, server } = useBrowser();

  it("next/link navigates with a Flight request and no document load", async () => {
    const t = await open("/");
    await waitForHydration(t);
    await t.setMarker();

    await t.page.locator('header a[href="/about"]').click();
    await t.page.waitForURL(`${server().url}/about`);
    await t.waitForText("about-title", "About");
    expect(await t.text("home-title")).toBeNull();

    expect(await t.hasMarker()).toBe(true);
    expect(t.documents().map((r) => r.path)).toEqual(["/"]);
    await expectFlightFor(t, "/about");
  });

  it("navigates between dynamic routes and updates useParams", async () => {
    const t = await open("/search?q=vite");
    await waitForHydration(t);
    await t.setMarker();
    await t.page.locator('header a[href="/blog/hello-world"]').click();
    await t.page.waitForURL(`${server().url}/blog/hello-world`);
    await t.waitForText("blog-slug", "Post: hello-world");
    await t.page.locator('header a[href="/docs/getting/started"]').click();
    await t.waitForText("docs-slug", "Docs: getting / started");
    expect(t.pathname()).toBe("/docs/getting/started");
    expect(await t.hasMarker()).toBe(true);
    expect(t.documents()).toHaveLength(1);
  });

  it("browser back and forward restore content and URL without reloading", async () => {
    const t = await open("/");
    await waitForHydration(t);
    await t.page.getByTestId("counter-layout").click();
    await t.waitForText("counter-layout", "layout count: 1");
    await t.setMarker();

    await t.page.locator('header a[href="/about"]').click();
    await t.waitForText("about-title", "About");
    await t.page.locator('header a[href="/blog/hello-world"]').click();
    await t.waitForText("blog-slug", "Post: hello-world");
    expect(t.pathname()).toBe("/blog/hello-world");

    await t.page.goBack();
    await t.waitForText("about-title", "About");
    expect(t.pathname()).toBe("/about");
    expect(await t.text("blog-slug")).toBeNull();

    await t.page.goBack();
    await t.waitForText("home-title", "Welcome to vinext");
    expect(t.pathname()).toBe("/");
    expect(await t.text("about-title")).toBeNull();
    expect(await t.text("client-pathname")).toBe("/");

    await t.page.goForward();
    await t.waitForText("about-title", "About");
    expect(t.pathname()).toBe("/about");

    await t.page.goForward();
    await t.waitForText("blog-slug", "Post: hello-world");
    expect(t.pathname()).toBe("/blog/hello-world");

    expect(await t.hasMarker()).toBe(true);
    expect(t.documents()).toHaveLength(1);
    // The root layout stayed mounted through every history step.
    expect(await t.text("counter-layout")).toBe("layout count: 1");
  });

  it("a link that only changes search params updates the page, useSearchParams and usePathname", async () => {
    const t = await open("/search?q=vite");
    await waitForHydration(t);
    expect(await t.text("search-query")).toBe("Results for: vite");
    expect(await t.text("client-search")).toBe("q=vite");
    await t.page.getByTestId("counter-layout").click();
    await t.waitForText("counter-layout", "layout count: 1");
    await t.setMarker();

    await t.page.getByTestId("search-rsc").click();
    await t.page.waitForURL(`${server().url}/search?q=rsc`);
    await t.waitForText("search-query", "Results for: rsc");
    await t.waitForText("client-search", "q=rsc");
    expect(await t.text("client-pathname")).toBe("/search");

    expect(await t.hasMarker()).toBe(true);
    expect(await t.text("counter-layout")).toBe("layout count: 1");
    expect(t.documents()).toHaveLength(1);
    await expectFlightFor(t, "/search?q=rsc");

    // And back to the previous query.
    await t.page.goBack();
    await t.waitForText("search-query", "Results for: vite");
    await t.waitForText("client-search", "q=vite");
    expect(t.pathname()).toBe("/search?q=vite");
  });

  it("useRouter().push navigates on the client", async () => {
    const t = await open("/");
    await waitForHydration(t);
    await t.setMarker();
    await t.page.getByTestId("push-about").click();
    await t.page.waitForURL(`${server().url}/about`);
    await t.waitForText("about-title", "About");
    expect(await t.hasMarker()).toBe(true);
    expect(t.documents()).toHaveLength(1);
    await expectFlightFor(t, "/about");
  });

  it("useRouter().refresh fetches the page again and keeps client state", async () => {
    const t = await open("/");
    await waitForHydration(t);
    await t.page.getByTestId("counter-layout").click();
    await t.page.getByTestId("counter-layout").click();
    await t.waitForText("counter-layout", "layout count: 2");
    await t.setMarker();
    // The Home link prefetches "/" from the viewport; let that finish so the
    // request counted below is the refresh's, which must not reuse the prefetch.
    await t.settle();
    const before = t.flight("/").length;

    await t.page.getByTestId("refresh").click();
    await expect.poll(() => t.flight("/").filter((r) => r.status !== undefined).length, { timeout: 10_000 }).toBe(before + 1);
    const refresh = t.flight("/").at(-1)!;
    expect(refresh.status).toBe(200);
    expect(refresh.contentType).toMatch(FLIGHT_TYPE);

    // Let the refreshed tree commit, then check nothing was remounted.
    await t.page.waitForFunction(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true)))));
    await t.waitForText("home-title", "Welcome to vinext");
    expect(await t.text("counter-layout")).toBe("layout count: 2");
    expect(await t.hasMarker()).toBe(true);
    expect(t.pathname()).toBe("/");
    expect(t.documents()).toHaveLength(1);
  });
});
