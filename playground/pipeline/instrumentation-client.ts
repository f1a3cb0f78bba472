// Runs in the browser before the app hydrates (docs "instrumentation-client");
// onRouterTransitionStart hears every App Router navigation as it starts
// (Next: test/e2e/instrumentation-client-hook).
const w = window as unknown as { __instrumentationClient?: { runs: number; at: number }; __transitions?: string[] };
w.__instrumentationClient = { runs: (w.__instrumentationClient?.runs ?? 0) + 1, at: performance.now() };
w.__transitions = [];

export function onRouterTransitionStart(url: string, navigationType: "push" | "replace" | "traverse") {
  w.__transitions!.push(`${navigationType} ${new URL(url, window.location.href).pathname}`);
}
