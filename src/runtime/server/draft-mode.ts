// Draft mode is on when the bypass cookie carries this build's secret
// (Next's `__prerender_bypass`, test/e2e/app-dir/draft-mode).
export const DRAFT_MODE_COOKIE = "__prerender_bypass";
