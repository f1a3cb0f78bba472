// Runs in the browser before the Pages Router hydrates (docs "instrumentation-client"):
// records whether _app's counter already had React props when it ran.
const w = window as unknown as { __instrumentationClient?: { runs: number; hydratedBefore: boolean } };
const button = document.querySelector('[data-testid="app-counter"]');
w.__instrumentationClient = {
  runs: (w.__instrumentationClient?.runs ?? 0) + 1,
  hydratedBefore: !!button && Object.keys(button).some((key) => key.startsWith("__reactProps$")),
};
