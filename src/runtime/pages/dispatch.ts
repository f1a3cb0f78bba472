// The Pages Router's step in the one request pipeline (rsc environment, called
// from server/handler.ts after app routes are matched). It matches pages/ and
// `/_next/data/<buildId>/<path>.json`, lets an app route win where both match
// (the more specific route wins; equal ones go to the app, as in Next's hybrid
// apps), and hands the request to the ssr environment (runtime/pages/server.ts).
import { manifest as appManifest } from "virtual:vinext/app-routes";
import { config, manifest } from "virtual:vinext/pages-routes";
import { serverConfig } from "virtual:vinext/server-config";
import { RSC_HEADER } from "../flight-payload";
import type { AppRoute } from "../routing/app-manifest";
import { compareRoutes, matchRoute, splitPathname, type RouteMatch } from "../routing/match";
import { addPrerenderSource, isPrerendering } from "../server/prerender";
import { addBasePath, removeBasePath } from "../base-path";
import { parseDataPath } from "./data-path";
import { detectLocale, localeRedirect, resolveLocale, type LocaleRouting } from "./i18n";
import { parseCookies } from "./node-request";
import { renderCachedPage } from "./page-cache";
import type { PagesDispatchInput } from "./server";

interface PagesSsrModule {
  handlePagesRequest(input: PagesDispatchInput): Promise<Response>;
  pagesPrerenderPaths(): Promise<string[]>;
}

const ssr = () => import.meta.viteRsc.loadModule<PagesSsrModule>("ssr", "index");
const enabled = manifest.routes.length > 0 || manifest.special.length > 0;
const appRoutes = appManifest.routes.filter((route) => !("intercept" in route && route.intercept));

if (enabled) addPrerenderSource(async () => (await ssr()).pagesPrerenderPaths());

function notFoundJson(): Response {
  return new Response(JSON.stringify({ notFound: true }), { status: 404, headers: { "content-type": "application/json" } });
}

/**
 * Who renders a URL nothing matched: the Pages Router when the app has no pages,
 * or when pages/ has its own 404/_error and app/ has no root not-found.
 */
function pagesOwnsNotFound(): boolean {
  if (!appRoutes.some((route) => route.kind === "page")) return true;
  const custom = manifest.special.includes("/404") || manifest.special.includes("/_error");
  return custom && !appManifest.root.files["not-found"];
}

/** Locale detection on the root path (NEXT_LOCALE cookie, then Accept-Language): where to redirect, if anywhere. */
function detectFor(request: Request, routing: LocaleRouting): string | undefined {
  const i18n = config.i18n!;
  if (!i18n.localeDetection || (request.method !== "GET" && request.method !== "HEAD")) return undefined;
  const detected = detectLocale(parseCookies(request.headers.get("cookie")).NEXT_LOCALE, request.headers.get("accept-language"), i18n.locales);
  return localeRedirect(detected, routing, i18n, new URL(request.url).search);
}

export interface DispatchPagesInput {
  request: Request;
  url: URL;
  parts: string[];
  /** The app route the handler matched for this URL, if any. */
  appMatch: RouteMatch<AppRoute> | null | undefined;
}

/** A Response when the Pages Router answers this request, undefined to continue with the App Router. */
export async function dispatchPages({ request, url, parts, appMatch }: DispatchPagesInput): Promise<Response | undefined> {
  if (!enabled) return undefined;
  // Pages see their own paths: next.config basePath removed (`parts` are below it already).
  let pathname = removeBasePath(url.pathname);
  const data = parseDataPath(pathname);
  if (data) {
    // Data for another build (a deploy happened): the browser falls back to a document load.
    if (data.buildId !== serverConfig.buildId) return notFoundJson();
    pathname = data.pathname;
    parts = splitPathname(pathname);
    appMatch = matchRoute(appRoutes, parts);
  }
  // i18n: the locale prefix is not part of the page's path (app routes have no locales, as in Next).
  let localeRouting: LocaleRouting | undefined;
  if (config.i18n) {
    localeRouting = resolveLocale(parts, url.hostname, config.i18n);
    parts = localeRouting.parts;
    if (localeRouting.prefixed) pathname = pathname.replace(/^\/[^/]+/, "") || "/";
  }
  let match = matchRoute(manifest.routes, parts);
  // API routes are not localized: `/fr/api/x` is no API route (Next: test/e2e/i18n-api-support).
  if (match?.route.kind === "api" && localeRouting?.prefixed) match = null;
  if (match && appMatch && compareRoutes(appMatch.route, match.route) <= 0 && !localeRouting?.prefixed) return data ? notFoundJson() : undefined;
  const detected = localeRouting && !data && !localeRouting.prefixed && pathname === "/" && match ? detectFor(request, localeRouting) : undefined;
  if (detected) return new Response(null, { status: 307, headers: { location: addBasePath(detected), vary: "accept-language, cookie" } });
  const locale = localeRouting && { locale: localeRouting.locale, locales: config.i18n!.locales, defaultLocale: localeRouting.defaultLocale };
  if (!match) {
    if (data) return notFoundJson();
    if (appMatch || !pagesOwnsNotFound()) return undefined;
    return (await ssr()).handlePagesRequest({ request, kind: "not-found", page: "", params: {}, pathname, ...locale });
  }
  if (match.route.kind === "api" && data) return notFoundJson();
  // The App Router's client asked for Flight: a pages page is a document navigation.
  if (match.route.kind === "page" && !data && request.headers.get(RSC_HEADER) === "1") {
    return new Response(null, { status: 204, headers: { "cache-control": "no-store", vary: "rsc" } });
  }
  const kind = match.route.kind === "api" ? "api" : data ? "data" : "page";
  const pages = await ssr();
  const input: PagesDispatchInput = { request, kind, page: match.route.page, params: match.params, pathname, prerendering: isPrerendering(), ...locale };
  // getStaticProps pages go through the ISR store (pages/page-cache.ts); the marker never leaves the server.
  if (isPrerendering()) return pages.handlePagesRequest(input);
  return renderCachedPage(input, (next) => pages.handlePagesRequest(next));
}
