// Browser harness for the e2e tests: one Chromium and one node-server output per
// test file, a fresh browser context per test. Every page records
//  - console errors/warnings and uncaught page errors (React reports a hydration
//    mismatch in production through reportError, which surfaces as a page error),
//  - every request it makes, classified as a document load, a Flight request
//    (header `rsc: 1`) or anything else, with the response status/content type.
// After each test the recorded problems must be empty (unless a test allowed a
// pattern), so a console error or a hydration mismatch fails the test that caused it.
import { join } from "node:path";
import { type Browser, type BrowserContext, type BrowserContextOptions, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { parseFlightPath } from "../../src/runtime/routing/flight-path";
import { launchChromium } from "../_harness/browser";
import { tmpRoot } from "../_harness/fixtures";
import { startNodeOutput, type RunningServer } from "../_harness/servers";

export const nodeOutputDir = join(tmpRoot, "app-node");


export type RequestKind = "document" | "flight" | "other";

export interface RecordedRequest {
  kind: RequestKind;
  method: string;
  /** pathname + search, as requested. */
  path: string;
  /** Milliseconds since the page was opened. */
  at: number;
  status?: number;
  contentType?: string;
}

export interface TestPage {
  page: Page;
  /** Console errors/warnings and page errors seen so far (minus allowed ones). */
  problems: () => string[];
  /** Every console error/warning and page error, allowed or not. */
  allProblems: () => string[];
  /** Ignores console/page errors matching `pattern` for this page. */
  allow: (pattern: RegExp) => void;
  requests: RecordedRequest[];
  /** Flight requests, optionally only those for `path` (pathname + search). */
  flight: (path?: string) => RecordedRequest[];
  documents: () => RecordedRequest[];
  /** Trimmed text of the first element with `data-testid`, or null when absent (never waits). */
  text: (testId: string) => Promise<string | null>;
  /** Polls until the element with `data-testid` has exactly `expected` as its text. */
  waitForText: (testId: string, expected: string) => Promise<void>;
  /** Sets `window.__marker`; a full document load loses it. */
  setMarker: () => Promise<void>;
  hasMarker: () => Promise<boolean>;
  /** Waits for the network to go idle (prefetches done) and every recorded response to arrive. */
  settle: () => Promise<void>;
  /** pathname + search of the page's current URL. */
  pathname: () => string;
}

export interface OpenOptions extends BrowserContextOptions {
  /** Expected status of the document response (200 unless told). */
  status?: number;
  /** Runs on the new page before it loads `path` (to add routes, init scripts). */
  setup?: (page: Page) => Promise<unknown>;
  /** Console/page errors matching these are expected for this page. */
  allow?: RegExp[];
}

export interface BrowserSuite {
  server: () => RunningServer;
  /** Opens `path` in a fresh context and waits for the document to load. */
  open: (path: string, options?: OpenOptions) => Promise<TestPage>;
}

/**
 * Registers beforeAll/afterAll/afterEach hooks for one test file: starts the
 * node-server output of the playground (or of `options.dir`) and launches Chromium once.
 */
export function useBrowser(options: { dir?: string } = {}): BrowserSuite {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let contexts: { context: BrowserContext; page: TestPage }[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([
      startNodeOutput(options.dir ?? nodeOutputDir),
      launchChromium(),
    ]);
  });

  afterEach(async () => {
    const open = contexts;
    contexts = [];
    const problems = open.flatMap(({ page }) => page.problems());
    await Promise.all(open.map(({ context }) => context.close().catch(() => {})));
    expect(problems, `browser console errors / page errors\n--- server log ---\n${server?.logs() ?? ""}`).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  return {
    server: () => server!,
    async open(path, { status = 200, setup, allow = [], ...options } = {}) {
      const context = await browser!.newContext(options);
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      const origin = server!.url;
      const started = Date.now();
      const problems: string[] = [];
      const allowed: RegExp[] = [...allow];
      const requests: RecordedRequest[] = [];
      const byRequest = new Map<object, RecordedRequest>();

      page.on("console", (message) => {
        if (message.type() !== "error" && message.type() !== "warning") return;
        const location = message.location();
        problems.push(`console.${message.type()}: ${message.text()} (${location.url}:${location.lineNumber})`);
      });
      page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}\n${error.stack ?? ""}`));
      page.on("request", (request) => {
        const url = new URL(request.url());
        if (url.origin !== origin) return;
        const headers = request.headers();
        const kind: RequestKind =
          request.resourceType() === "document" ? "document" : headers["rsc"] === "1" ? "flight" : "other";
        // Flight is fetched from `<page>.rsc`; record it under the page's own path.
        const pagePath = kind === "flight" ? parseFlightPath(url.pathname).pathname : url.pathname;
        const record: RecordedRequest = { kind, method: request.method(), path: pagePath + url.search, at: Date.now() - started };
        byRequest.set(request, record);
        requests.push(record);
      });
      page.on("response", (response) => {
        const record = byRequest.get(response.request());
        if (!record) return;
        record.status = response.status();
        record.contentType = response.headers()["content-type"];
      });

      const testPage: TestPage = {
        page,
        problems: () => problems.filter((p) => !allowed.some((pattern) => pattern.test(p))),
        allProblems: () => [...problems],
        allow: (pattern) => allowed.push(pattern),
        requests,
        flight: (path) => requests.filter((r) => r.kind === "flight" && (path === undefined || r.path === path)),
        documents: () => requests.filter((r) => r.kind === "document"),
        text: (testId) =>
          page.evaluate((id) => document.querySelector(`[data-testid="${id}"]`)?.textContent?.trim() ?? null, testId),
        waitForText: async (testId, expected) => {
          await expect.poll(() => testPage.text(testId), { timeout: 10_000, message: `text of [data-testid=${testId}]` }).toBe(expected);
        },
        setMarker: () => page.evaluate(() => void ((window as unknown as { __marker?: number }).__marker = 1)),
        hasMarker: () => page.evaluate(() => (window as unknown as { __marker?: number }).__marker === 1),
        settle: async () => {
          await page.waitForLoadState("networkidle");
          await expect.poll(() => requests.filter((r) => r.status === undefined).map((r) => r.path), { timeout: 10_000 }).toEqual([]);
        },
        pathname: () => {
          const url = new URL(page.url());
          return url.pathname + url.search;
        },
      };
      contexts.push({ context, page: testPage });
      await setup?.(page);

      const response = await page.goto(origin + path, { waitUntil: "load" });
      expect(response?.status(), `GET ${path}`).toBe(status);
      return testPage;
    },
  };
}

/** Waits until the layout counter answers clicks, i.e. the root has hydrated. */
export async function waitForHydration(t: TestPage): Promise<void> {
  // Hydration attaches React's listeners to the root; a hydrated fiber carries
  // its props on the DOM node. Checking for them avoids clicking too early.
  await t.page.waitForFunction(() => {
    const button = document.querySelector('[data-testid="counter-layout"]');
    return !!button && Object.keys(button).some((key) => key.startsWith("__reactProps$"));
  });
}

/**
 * Navigates with the app's router to `href`, as a next/link to it would, for
 * URLs no link in the playground points to. Uses `window.next.router` when the
 * framework exposes it (Next.js does, and its own tests drive it that way), else
 * finds the router context value through React's fiber tree.
 */
export async function routerPush(t: TestPage, href: string): Promise<"window.next.router" | "fiber"> {
  return t.page.evaluate((target) => {
    type Router = { push: (href: string) => void; prefetch: unknown; refresh: unknown };
    const exposed = (window as unknown as { next?: { router?: Router } }).next?.router;
    if (exposed && typeof exposed.push === "function") {
      exposed.push(target);
      return "window.next.router" as const;
    }
    const element = document.querySelector('[data-testid="counter-layout"]') as unknown as Record<string, unknown> | null;
    const key = element && Object.keys(element).find((k) => k.startsWith("__reactFiber$"));
    let fiber = (key ? element![key] : null) as { memoizedProps?: { value?: Router }; return?: unknown } | null;
    while (fiber) {
      const value = fiber.memoizedProps?.value;
      if (value && typeof value.push === "function" && typeof value.prefetch === "function" && typeof value.refresh === "function") {
        value.push(target);
        return "fiber" as const;
      }
      fiber = fiber.return as typeof fiber;
    }
    throw new Error("no router found in the React tree");
  }, href);
}

/**
 * Sums the page's layout-shift entries (CLS, without shifts right after input)
 * into `window.__cls`; call from `open(..., { setup })` before the page loads.
 */
export async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number };
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) w.__cls += entry.value;
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
}
