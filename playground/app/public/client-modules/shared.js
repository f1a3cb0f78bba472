// One src shared by several <Script> components at once.
window.__vinextSharedRuns = (window.__vinextSharedRuns || 0) + 1;
