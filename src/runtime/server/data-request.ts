// Pages Router data requests (`/_next/data/<buildId>/<path>.json`) as
// middleware sees them: normalised to the page's own URL, and what middleware
// answers turned back into the data-request form the browser router reads
// (Next: test/e2e/middleware-general "should normalize data requests into page
// requests", "should add a rewrite header on data requests for rewrites";
// test/e2e/middleware-redirects "should redirect to data urls with data requests").
// Pure.
import type { I18nConfig } from "../pages/manifest";
import { parseDataPath } from "../pages/data-path";
import { resolveLocale } from "../pages/i18n";
import { splitPathname } from "../routing/match";

export interface DataRequest {
  /** The page's path below the basePath, as a document request for it would have (default locale unprefixed). */
  pagePath: string;
}

/**
 * The page a data request is for, when `appPath` (below the basePath) is a data
 * URL of this build; undefined otherwise (other builds' data URLs stay as sent).
 * @example dataRequestOf("/_next/data/b1/en/about.json", "b1", { locales: ["en"], defaultLocale: "en" }) // { pagePath: "/about" }
 */
export function dataRequestOf(appPath: string, buildId: string, i18n: I18nConfig | undefined, hostname: string): DataRequest | undefined {
  const data = parseDataPath(appPath);
  if (!data || data.buildId !== buildId) return undefined;
  if (!i18n) return { pagePath: data.pathname };
  let parts: string[];
  try {
    parts = splitPathname(data.pathname);
  } catch {
    return undefined;
  }
  const routing = resolveLocale(parts, hostname, i18n);
  // The browser asks for the default locale's data with its prefix; its page URL has none.
  if (routing.prefixed && routing.locale === routing.defaultLocale) return { pagePath: data.pathname.slice(routing.locale.length + 1) || "/" };
  return { pagePath: data.pathname };
}

/** The URL of the page a data request is for (same origin and search). */
export function pageUrlOf(url: URL, pagePath: string, basePath: string): URL {
  const page = new URL(url);
  page.pathname = basePath ? (pagePath === "/" ? basePath : basePath + pagePath) : pagePath;
  return page;
}

/**
 * A response to a data request (middleware's or a next.config redirect): a redirect becomes the
 * `x-nextjs-redirect` header (a `fetch()` must not follow it, and another
 * origin would fail on CORS), which the browser router turns into a navigation.
 */
export function dataRedirect(response: Response): Response {
  const location = response.headers.get("location");
  if (location === null) return response;
  const headers = new Headers(response.headers);
  headers.delete("location");
  headers.set("x-nextjs-redirect", location);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
