// Shared helpers for the Pages Router browser tests (playground/pages, node-server output).
import { join } from "node:path";
import { expect } from "vitest";
import { tmpRoot } from "../_harness/fixtures";
import type { TestPage } from "./_browser";

export const pagesOutputDir = join(tmpRoot, "pages-node");

/** Waits until _app's counter carries React props, i.e. the page has hydrated. */
export async function waitForPagesHydration(t: TestPage): Promise<void> {
  await t.page.waitForFunction(() => {
    const button = document.querySelector('[data-testid="app-counter"]');
    return !!button && Object.keys(button).some((key) => key.startsWith("__reactProps$"));
  });
}

/** Clicks _app's counter `times` times and checks it counted (state lives in _app). */
export async function bumpCounter(t: TestPage, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await t.page.getByTestId("app-counter").click();
}

export async function counter(t: TestPage): Promise<string | null> {
  return t.text("app-counter");
}

/** The `/_next/data` requests made so far, as page paths (build id and the default locale "en" removed). */
export function dataRequests(t: TestPage): string[] {
  return t.requests.filter((r) => r.path.startsWith("/_next/data/")).map((r) => r.path.replace(/^\/_next\/data\/[^/]+(\/en(?=[/.]))?/, ""));
}

export async function routerEvents(t: TestPage): Promise<string[]> {
  return t.page.evaluate(() => (window as unknown as { __routerEvents: string[] }).__routerEvents);
}

export async function expectNoDocumentLoadSince(t: TestPage, count: number): Promise<void> {
  expect(t.documents().length, t.documents().map((d) => d.path).join(", ")).toBe(count);
}
