// Runs in the browser before the app hydrates (docs "instrumentation-client").
const w = window as unknown as { __instrumentationClient?: { runs: number; at: number } };
w.__instrumentationClient = { runs: (w.__instrumentationClient?.runs ?? 0) + 1, at: performance.now() };
