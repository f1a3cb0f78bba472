// Counts its own executions: next/script must run it once per page lifetime.
window.__vinextOnceRuns = (window.__vinextOnceRuns || 0) + 1;
