// next/dynamic, next/script and next/form in Chromium against the node-server output.
// Follows Next: test/e2e/app-dir/dynamic/dynamic.test.ts (hydration of dynamic
// components, ssr: false mounts in the browser), test/e2e/app-dir/app/index.test.ts
// "next/script" (execution order before/inline/render/after/lazy, extra props),
// test/e2e/app-dir/next-script/shared-src.test.ts (one load, onLoad/onReady per
// component), test/e2e/app-dir/next-form/default/next-form.test.ts (soft
// navigation on submit, submitter value, formAction, replace, function actions)
// and next-form-prefetch.test.ts (the action's route is prefetched).
import { describe, expect, it } from "vitest";
import { useBrowser, waitForHydration, type TestPage } from "./_browser";

type Globals = Record<string, unknown>;
type Gate = { __vinextReleaseGated: () => void };
const readGlobal = (t: TestPage, name: string) => t.page.evaluate((key) => (window as unknown as Globals)[key] ?? null, name);
const count = (t: TestPage, selector: string) => t.page.evaluate((s) => document.querySelectorAll(s).length, selector);

/** missing.js is a deliberate 404 to exercise onError. */
const MISSING_SCRIPT = /missing\.js/;

describe("node-server: next/dynamic", () => {
  const { open } = useBrowser();

  it("hydrates dynamic components and mounts ssr: false components in the browser", async () => {
    const t = await open("/client-modules/dynamic");
    await waitForHydration(t);
    await t.waitForText("browser-only", "vinext-marker:browser-only (has navigator)");
    await t.waitForText("browser-only-bare", "bare browser-only (has language)");
    expect(await t.text("browser-only-loading")).toBeNull();
    // The ssr: false chunk was fetched on demand.
    expect(t.requests.some((r) => /^\/assets\/browser-only-[^/]+\.js$/.test(r.path))).toBe(true);

    // Dynamic client components are interactive once hydrated.
    await t.page.getByTestId("client-dynamic").click();
    await t.waitForText("client-dynamic", "dynamic on client (clicks: 1)");
    await t.page.getByTestId("server-imports-client").click();
    await t.waitForText("server-imports-client", "dynamic server import client (clicks: 1)");
    expect(await t.text("server-named")).toBe("named export button");
    expect(await t.text("client-named")).toBe("named export button");
  });

  it("shows `loading` while the module loads, then the component", async () => {
    const t = await open("/client-modules/dynamic");
    await waitForHydration(t);
    // The gated loader has started (in the browser only) but cannot finish yet.
    await expect.poll(() => t.page.evaluate(() => typeof (window as unknown as Gate).__vinextReleaseGated)).toBe("function");
    expect(await t.text("gated-loading")).toBe("Loading gated component…");
    expect(await t.text("gated")).toBeNull();
    await t.page.evaluate(() => (window as unknown as Gate).__vinextReleaseGated());
    await t.waitForText("gated", "gated component loaded");
    expect(await t.text("gated-loading")).toBeNull();
  });

  it("renders dynamic components after a client-side navigation", async () => {
    const t = await open("/client-modules");
    await waitForHydration(t);
    await t.setMarker();
    await t.page.getByTestId("link-dynamic").click();
    await t.waitForText("client-dynamic", "dynamic on client (clicks: 0)");
    await t.waitForText("server-dynamic", "dynamic on server (rendered on the server)");
    await t.waitForText("browser-only", "vinext-marker:browser-only (has navigator)");
    expect(await t.hasMarker()).toBe(true);
    expect(t.documents()).toHaveLength(1);
  });
});

describe("node-server: next/script", () => {
  const { open } = useBrowser();

  it("runs scripts in strategy order and fires onLoad, onReady and onError", async () => {
    const t = await open("/client-modules/script", { allow: [MISSING_SCRIPT] });
    await waitForHydration(t);
    await expect.poll(() => readGlobal(t, "__vinextOrder")).toEqual(["before", "inline-before", "render", "after", "lazy"]);
    // before.js ran before React hydrated anything.
    expect(await readGlobal(t, "__vinextBeforeSawHydration")).toBe(false);
    expect(await t.page.evaluate(() => [...document.querySelectorAll('script[data-nscript="beforeInteractive"]')].map((s) => s.getAttribute("data-extra-prop")))).toEqual(["with-src", "inline"]);

    await t.waitForText("script-ready", "ready on this mount: 1");
    expect(await readGlobal(t, "__vinextOnLoad")).toBe(1);
    expect(await readGlobal(t, "__vinextOnReady")).toBe(1);
    expect(await readGlobal(t, "__vinextOnceRuns")).toBe(1);

    // Three components share one src: one element, one execution, each gets onLoad and onReady.
    await t.waitForText("script-shared", "shared ready: a,b,c");
    expect(await readGlobal(t, "__vinextSharedRuns")).toBe(1);
    expect(((await readGlobal(t, "__vinextSharedLoads")) as string[]).sort()).toEqual(["a", "b", "c"]);
    expect(await count(t, 'script[src="/client-modules/shared.js"]')).toBe(1);

    await t.waitForText("script-error", "onError fired");
  });

  it("does not load a script with the same id again after navigating away and back", async () => {
    const t = await open("/client-modules/script", { allow: [MISSING_SCRIPT] });
    await waitForHydration(t);
    await t.waitForText("script-ready", "ready on this mount: 1");
    await expect.poll(() => readGlobal(t, "__vinextOrder")).toEqual(["before", "inline-before", "render", "after", "lazy"]);
    await t.setMarker();

    await t.page.getByTestId("to-index").click();
    await t.waitForText("client-modules-index", "Client modules");
    await t.page.getByTestId("link-script").click();
    await t.waitForText("script-title", "next/script");
    // A new mount: onReady again, but no second load or onLoad.
    await t.waitForText("script-ready", "ready on this mount: 1");
    await t.page.getByTestId("to-other").click();
    await t.waitForText("script-other-title", "another next/script page");
    await t.waitForText("script-ready", "ready on this mount: 1");
    await t.waitForText("script-shared", "shared ready: a,b,c");

    expect(await readGlobal(t, "__vinextOnReady")).toBe(3);
    expect(await readGlobal(t, "__vinextOnLoad")).toBe(1);
    expect(await readGlobal(t, "__vinextOnceRuns")).toBe(1);
    expect(await readGlobal(t, "__vinextSharedRuns")).toBe(1);
    expect(await count(t, 'script[src="/client-modules/once.js"]')).toBe(1);
    // beforeInteractive, afterInteractive and lazyOnload scripts did not run again either.
    expect(await readGlobal(t, "__vinextOrder")).toEqual(["before", "inline-before", "render", "after", "lazy"]);
    expect(await t.hasMarker()).toBe(true);
    expect(t.documents()).toHaveLength(1);
  });

  it("loads beforeInteractive scripts when the page is reached by client navigation", async () => {
    const t = await open("/client-modules", { allow: [MISSING_SCRIPT] });
    await waitForHydration(t);
    expect(await readGlobal(t, "__vinextOrder")).toBeNull();
    await t.page.getByTestId("link-script").click();
    await t.waitForText("script-ready", "ready on this mount: 1");
    await expect.poll(async () => ((await readGlobal(t, "__vinextOrder")) as string[] | null)?.slice().sort()).toEqual(
      ["after", "before", "inline-before", "lazy", "render"],
    );
    // Injected one after another in tree order, so the inline script still follows before.js.
    const order = (await readGlobal(t, "__vinextOrder")) as string[];
    expect(order.indexOf("before")).toBeLessThan(order.indexOf("inline-before"));
    expect(await count(t, 'script[src="/client-modules/before.js"]')).toBe(1);
    expect(t.documents()).toHaveLength(1);
  });
});

describe("node-server: next/form", () => {
  const { open, server } = useBrowser();
  const results = (query: string) => `${server().url}/client-modules/form/results?${query}`;

  it("submits a string action as a client-side GET navigation with the fields and the submitter as search params", async () => {
    const t = await open("/client-modules/form");
    await waitForHydration(t);
    // The action's route is prefetched while the form is in the viewport.
    await expect.poll(() => t.flight("/client-modules/form/results").length).toBeGreaterThan(0);
    await t.page.getByTestId("counter-layout").click();
    await t.waitForText("counter-layout", "layout count: 1");
    await t.setMarker();

    await t.page.getByTestId("form-q").fill("vite rsc");
    await t.page.getByTestId("form-submit").click();
    await t.page.waitForURL(results("q=vite+rsc&from=search-button"));
    await t.waitForText("form-results", "q: vite rsc");
    await t.waitForText("form-results-from", "from: search-button");

    expect(await t.hasMarker()).toBe(true);
    expect(await t.text("counter-layout")).toBe("layout count: 1");
    expect(t.documents()).toHaveLength(1);
    expect(t.flight("/client-modules/form/results?q=vite+rsc&from=search-button").length).toBeGreaterThan(0);

    // Back returns to the form without a reload.
    await t.page.goBack();
    await t.waitForText("form-title", "next/form");
    expect(t.documents()).toHaveLength(1);
  });

  it("navigates to the submitter's formAction, replacing its query", async () => {
    const t = await open("/client-modules/form");
    await waitForHydration(t);
    await t.setMarker();
    await t.page.getByTestId("form-q").fill("alt");
    await t.page.getByTestId("form-submit-alt").click();
    await t.page.waitForURL(results("q=alt&from=alt-button"));
    await t.waitForText("form-results-keys", "from,q");
    expect(await t.hasMarker()).toBe(true);
  });

  it("does not push a history entry with `replace`", async () => {
    const t = await open("/client-modules/form");
    await waitForHydration(t);
    const before = await t.page.evaluate(() => history.length);
    await t.page.getByTestId("form-replace").click();
    await t.page.waitForURL(results("q=replaced"));
    await t.waitForText("form-results", "q: replaced");
    expect(await t.page.evaluate(() => history.length)).toBe(before);
    expect(t.documents()).toHaveLength(1);
  });

  it("runs a function action like a React form action, without navigating", async () => {
    const t = await open("/client-modules/form");
    await waitForHydration(t);
    await t.page.getByTestId("action-note").fill("hello");
    await t.page.getByTestId("action-submit").click();
    await t.waitForText("action-result", "saved: hello");
    expect(t.pathname()).toBe("/client-modules/form");
    expect(t.documents()).toHaveLength(1);
  });

  it("runs a server action passed as `action` without a document load", async () => {
    const t = await open("/client-modules/form");
    await waitForHydration(t);
    await t.setMarker();
    await t.page.getByTestId("server-action-q").fill("from the server");
    await t.page.getByTestId("server-action-submit").click();
    await t.page.waitForURL(results("q=from%20the%20server&from=server-action"));
    await t.waitForText("form-results", "q: from the server");
    expect(await t.hasMarker()).toBe(true);
    expect(t.documents()).toHaveLength(1);
  });

  it("without JavaScript a server action form still submits (progressive enhancement)", async () => {
    const t = await open("/client-modules/form", { javaScriptEnabled: false });
    await t.page.getByTestId("server-action-q").fill("no js action");
    await t.page.getByTestId("server-action-submit").click();
    await t.page.waitForURL(results("q=no%20js%20action&from=server-action"));
    expect(await t.page.getByTestId("form-results").textContent()).toBe("q: no js action");
  });

  it("without JavaScript submits as a normal GET form", async () => {
    const t = await open("/client-modules/form", { javaScriptEnabled: false });
    await t.page.getByTestId("form-q").fill("no js");
    await t.page.getByTestId("form-submit").click();
    await t.page.waitForURL(results("q=no+js&from=search-button"));
    expect(await t.page.getByTestId("form-results").textContent()).toBe("q: no js");
    expect(t.documents().map((r) => r.path)).toEqual(["/client-modules/form", "/client-modules/form/results?q=no+js&from=search-button"]);
    expect(t.flight()).toEqual([]);
  });
});
