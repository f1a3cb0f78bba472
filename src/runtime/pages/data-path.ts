// The URL of a page's data for client transitions: `/_next/data/<buildId><path>.json`
// (`/` is `/index.json`), as Next serves it (test/integration/getserversideprops,
// "should return data correctly"). Pure; shared by the server and the browser router.

export const DATA_PREFIX = "/_next/data/";

/**
 * @example parseDataPath("/_next/data/abc/blog/x.json") // { buildId: "abc", pathname: "/blog/x" }
 * Returns undefined for any other path (or a malformed data path).
 */
export function parseDataPath(pathname: string): { buildId: string; pathname: string } | undefined {
  if (!pathname.startsWith(DATA_PREFIX) || !pathname.endsWith(".json")) return undefined;
  const rest = pathname.slice(DATA_PREFIX.length, -".json".length);
  const slash = rest.indexOf("/");
  if (slash <= 0) return undefined;
  const page = rest.slice(slash);
  if (page === "/" || page.endsWith("/")) return undefined;
  return { buildId: rest.slice(0, slash), pathname: page === "/index" ? "/" : page };
}

/** @example dataPathFor("abc", "/") // "/_next/data/abc/index.json" */
export function dataPathFor(buildId: string, pathname: string): string {
  const page = pathname === "/" ? "/index" : pathname.replace(/\/$/, "");
  return `${DATA_PREFIX}${buildId}${page}.json`;
}
