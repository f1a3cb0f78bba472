// The request pipeline in Chromium, on the node-server output of playground/pipeline:
// instrumentation-client.ts runs before hydration (docs "instrumentation-client"),
// and client navigations go through middleware and next.config rules like
// document loads (Next: test/e2e/middleware-rewrites "should rewrite on client
// navigation", test/e2e/app-dir/rewrites-redirects "should navigate to rewrites").
import { join } from "node:path";
import { expect, it } from "vitest";
import { tmpRoot } from "../_harness/fixtures";
import { useBrowser, type TestPage } from "./_browser";

const { open, server } = useBrowser({ dir: join(tmpRoot, "pipeline-node") });

// No favicon in this fixture; the blocked page answers 403 on purpose.
const allow = [/favicon\.ico/, /status of 403 .*\/admin(\.rsc)?:/];
const hydrated = (t: TestPage) => t.page.waitForFunction(() => typeof (window as unknown as { __hydratedAt?: number }).__hydratedAt === "number");

it("runs instrumentation-client.ts once, before the app hydrates", async () => {
  const t = await open("/", { allow });
  await hydrated(t);
  const marks = await t.page.evaluate(() => {
    const w = window as unknown as { __instrumentationClient?: { runs: number; at: number }; __hydratedAt: number };
    return { runs: w.__instrumentationClient?.runs, before: (w.__instrumentationClient?.at ?? Infinity) < w.__hydratedAt };
  });
  expect(marks).toEqual({ runs: 1, before: true });
});

it("a client navigation to a middleware rewrite shows the destination under the link's URL", async () => {
  const t = await open("/", { allow });
  await hydrated(t);
  await t.setMarker();
  await t.page.getByTestId("to-mw-rewrite").click();
  await t.waitForText("title", "Target by middleware");
  expect(t.pathname()).toBe("/mw-rewrite");
  expect(await t.hasMarker()).toBe(true);
});

it("a client navigation to an afterFiles rewrite beats the dynamic route", async () => {
  const t = await open("/", { allow });
  await hydrated(t);
  await t.page.getByTestId("to-shadowed").click();
  await t.waitForText("title", "Target by afterFiles-over-dynamic");
});

it("a client navigation middleware blocks ends on middleware's answer, not the page", async () => {
  const t = await open("/", { allow });
  await hydrated(t);
  await t.page.getByTestId("to-admin").click();
  await t.page.waitForURL(`${server().url}/admin`);
  await expect.poll(() => t.page.evaluate(() => document.body.textContent ?? "")).toContain("Forbidden by middleware");
  expect(await t.page.content()).not.toContain("Admin secrets");
});

it("a client navigation to a config redirect lands on the destination page", async () => {
  const t = await open("/", { allow });
  await hydrated(t);
  await t.page.getByTestId("to-old-about").click();
  await t.waitForText("title", "About");
});

it("calls onRouterTransitionStart from instrumentation-client.ts for push and back (Next: test/e2e/instrumentation-client-hook)", async () => {
  const t = await open("/", { allow });
  await hydrated(t);
  await t.page.getByTestId("to-mw-rewrite").click();
  await t.waitForText("title", "Target by middleware");
  await t.page.goBack();
  await t.page.waitForURL(`${server().url}/`);
  const transitions = await t.page.evaluate(() => (window as unknown as { __transitions: string[] }).__transitions);
  expect(transitions).toEqual(["push /mw-rewrite", "traverse /"]);
});

it("a Pages client transition follows middleware's data rewrite and redirect without a document load (Next: test/e2e/middleware-general)", async () => {
  const t = await open("/data/start", { allow });
  await t.page.waitForFunction(() => {
    const link = document.querySelector('[data-testid="to-data-rewrite"]');
    return !!link && Object.keys(link).some((key) => key.startsWith("__reactProps$"));
  });
  await t.setMarker();
  await t.page.getByTestId("to-data-rewrite").click();
  await t.waitForText("title", "Data target (data-target)");
  expect(t.pathname()).toBe("/data/rewrite-me");
  expect(await t.hasMarker()).toBe(true);
  await t.page.goBack();
  await t.waitForText("title", "Data start");
  await t.page.getByTestId("to-data-redirect").click();
  await t.waitForText("title", "Data landed");
  expect(t.pathname()).toBe("/data/landed?by=middleware");
  expect(await t.hasMarker()).toBe(true);
  expect(t.documents()).toHaveLength(1);
});

it("a Pages client transition follows next.config's redirect and rewrite of the data request without a document load", async () => {
  const t = await open("/data/start", { allow });
  await t.page.waitForFunction(() => {
    const link = document.querySelector('[data-testid="to-config-rewrite"]');
    return !!link && Object.keys(link).some((key) => key.startsWith("__reactProps$"));
  });
  await t.setMarker();
  await t.page.getByTestId("to-config-rewrite").click();
  await t.waitForText("title", "Data target (data-target)");
  expect(t.pathname()).toBe("/data/config-before");
  await t.page.goBack();
  await t.waitForText("title", "Data start");
  await t.page.getByTestId("to-config-redirect").click();
  await t.waitForText("title", "Data config-new");
  expect(t.pathname()).toBe("/data/config-new?by=config");
  expect(await t.hasMarker()).toBe(true);
  expect(t.documents()).toHaveLength(1);
});
