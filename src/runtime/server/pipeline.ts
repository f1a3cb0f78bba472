// The front half of the one request pipeline, in Next's order
// (packages/next/src/server/lib/router-utils/resolve-routes.ts; docs
// "rewrites" → "Header, redirect and rewrite order"):
//   trailing-slash redirect → config headers → redirects → middleware →
//   beforeFiles rewrites → filesystem (public files, pre-rendered pages,
//   static routes) → afterFiles rewrites → dynamic routes → fallback rewrites.
// It decides WHAT serves the request; handler.ts renders it. Skipped while
// pre-rendering at build time (Next does not run middleware or rules there).
// A Pages data request (`/_next/data/<id>/<page>.json`) goes through every step
// as the page it is for and becomes a data request again at the end (Next's
// `middleware_next_data` step; @next/routing normalizes the same way).
import { middleware } from "virtual:vinext/middleware";
import { config as pagesConfig } from "virtual:vinext/pages-routes";
import { serverConfig } from "virtual:vinext/server-config";
import { RSC_HEADER } from "../flight-payload";
import type { RewriteRule } from "../routing/config-rules";
import { splitPathname } from "../routing/match";
import { scheduleAfterTasks } from "./after";
import { dataPathFor } from "../pages/data-path";
import { addLocalePrefix, resolveLocale } from "../pages/i18n";
import { dataRedirect, dataRequestOf, pageUrlOf } from "./data-request";
import { applyRewrite, collectHeaders, findRedirect, ruleRequestOf, type RewriteHit, type RulePaths } from "./config-routing";
import { proxyRequest } from "./external-proxy";
import { deriveRequest } from "./host-request";
import { runMiddleware, type MiddlewareOutcome } from "./middleware";
import { reportRequestError } from "./instrumentation";
import { createRequestStore, type RequestStore } from "./request-store";
import { hasBasePath, matchPathOf, stripBasePath, trailingSlashRedirect, urlPathOf } from "./request-path";
import { serveStaticFile } from "./static-files";

export interface PipelineInput {
  /** The request to route (a client navigation's `.rsc` URL already turned into the page URL + RSC header). */
  request: Request;
  url: URL;
  parts: string[];
  flight: boolean;
  /** The URL as the client sent it (middleware sees it with skipMiddlewareUrlNormalize). */
  originalUrl: URL;
}

/** Is there a route for these app path segments? `dynamic: false` asks for static routes only. */
export type RouteExists = (parts: readonly string[], options: { dynamic: boolean }) => boolean;

export interface PipelineResult {
  /** Set when the front half answered: a redirect, middleware's response, a static file, a proxied rewrite. */
  response?: Response;
  /** Otherwise: what to render — the request (headers from middleware), URL and app path segments. */
  request: Request;
  url: URL;
  parts: string[];
  /** Adds config and middleware headers and cookies (and X-Powered-By when enabled) to the final response. */
  finish(response: Response): Response;
}

interface Current {
  request: Request;
  url: URL;
  /** Segments below the basePath; undefined when the URL is outside it. */
  appParts: string[] | undefined;
  paths: RulePaths;
}

function locate(request: Request, url: URL, parts: string[]): Current {
  const basePath = serverConfig.pipeline.basePath;
  const appParts = hasBasePath(url.pathname, basePath) ? stripBasePath(parts, basePath) : undefined;
  const paths: RulePaths = { full: matchPathOf(parts), app: appParts && matchPathOf(appParts) };
  const i18n = pagesConfig.i18n;
  if (i18n && appParts) {
    const routing = resolveLocale(appParts, url.hostname, i18n);
    const rest = matchPathOf(routing.parts);
    paths.locale = { name: routing.locale, isDefault: routing.locale === routing.defaultLocale, rest, withLocale: addLocalePrefix(rest, routing.locale, undefined), basePath };
  }
  return { request, url, appParts, paths };
}

/** Moves `current` to an internal destination (path + search below the basePath). */
function moveTo(current: Current, href: string): Current {
  const target = new URL(href, current.url.origin);
  const basePath = serverConfig.pipeline.basePath;
  if (basePath) target.pathname = target.pathname === "/" ? basePath : basePath + target.pathname;
  const url = new URL(current.url);
  url.pathname = target.pathname;
  url.search = target.search;
  return locate(deriveRequest(current.request, url), url, splitPathname(url.pathname));
}

/** Where a data request ends up: its own URL, else the data URL of the page it was rewritten to. */
function backToData(current: Current, data: DataInput, layers: Headers[]): Current {
  const page = current.url.pathname + current.url.search;
  if (page === data.pageUrl.pathname + data.pageUrl.search) return locate(deriveRequest(current.request, data.url), data.url, data.parts);
  // The browser router learns which page the data is for from x-nextjs-rewrite.
  layers.push(new Headers({ "x-nextjs-rewrite": page }));
  const basePath = serverConfig.pipeline.basePath;
  const url = new URL(current.url);
  url.pathname = basePath + dataPathFor(serverConfig.buildId, urlPathOf(current.appParts ?? []));
  return locate(deriveRequest(current.request, url), url, splitPathname(url.pathname));
}

interface DataInput {
  /** The data request as sent (canonical form). */
  url: URL;
  parts: string[];
  /** The page it asks for. */
  pageUrl: URL;
}

function redirectTo(status: number, location: string): Response {
  return new Response(null, { status, headers: { location } });
}

/**
 * Headers the final response gets unless it sets them itself (Set-Cookie adds
 * up). What the route itself answered is otherwise left alone: internal
 * headers are only removed from what middleware returns (middleware.ts).
 */
function layered(response: Response, layers: Headers[], poweredBy: boolean): Response {
  if (!poweredBy && layers.every((layer) => [...layer.keys()].length === 0)) return response;
  const out = new Response(response.body, response);
  for (const layer of layers) {
    for (const [name, value] of layer) {
      if (name === "set-cookie") continue;
      if (!out.headers.has(name)) out.headers.set(name, value);
    }
    for (const cookie of layer.getSetCookie()) out.headers.append("set-cookie", cookie);
  }
  if (poweredBy) out.headers.set("x-powered-by", "vinext");
  return out;
}

export async function runPipeline(input: PipelineInput, routeExists: RouteExists): Promise<PipelineResult> {
  const config = serverConfig.pipeline;
  const rules = serverConfig.routing;
  const layers: Headers[] = [];
  let afterStore: RequestStore | undefined;
  // A client navigation: `/about.rsc`, or `/about` with `RSC: 1` (a redirect the browser followed keeps the header).
  const flight = input.flight || input.request.headers.get(RSC_HEADER) === "1";
  const hostRequest = input.request;
  const finish = (response: Response): Response => {
    const out = layered(response, layers, config.poweredByHeader);
    return afterStore ? scheduleAfterTasks(afterStore, out, hostRequest) : out;
  };
  // From here on the URL is canonical: `/%61dmin` is `/admin` for middleware, rules and routes alike.
  const canonical = new URL(input.url);
  canonical.pathname = urlPathOf(input.parts, input.url.pathname.length > 1 && input.url.pathname.endsWith("/"));
  const same = canonical.href === input.url.href;
  let current = locate(same ? input.request : deriveRequest(input.request, canonical), same ? input.url : canonical, input.parts);
  const asData = current.paths.app === undefined ? undefined : dataRequestOf(current.paths.app, serverConfig.buildId, pagesConfig.i18n, current.url.hostname);
  const data: DataInput | undefined = asData && { url: current.url, parts: input.parts, pageUrl: pageUrlOf(current.url, asData.pagePath, config.basePath) };
  if (data) current = locate(deriveRequest(current.request, data.pageUrl), data.pageUrl, splitPathname(data.pageUrl.pathname));
  const result = (response?: Response): PipelineResult => {
    const out = data && !response ? backToData(current, data, layers) : current;
    return { response, request: out.request, url: out.url, parts: out.appParts ?? [], finish };
  };

  if (!config.skipTrailingSlashRedirect && !input.flight) {
    const target = trailingSlashRedirect(input.originalUrl.pathname, config.trailingSlash);
    if (target) return result(redirectTo(308, target + input.originalUrl.search));
  }

  layers.push(collectHeaders(rules.headers, ruleRequestOf(current.request, current.url, current.paths), current.paths));
  const redirect = findRedirect(rules.redirects, ruleRequestOf(current.request, current.url, current.paths), current.paths, config.basePath);
  // A data request gets the redirect in the form the browser router reads.
  if (redirect) return result(data ? dataRedirect(redirect) : redirect);

  if (middleware) {
    // A data request is shown as the page it is for (unless skipMiddlewareUrlNormalize).
    const seen = config.skipMiddlewareUrlNormalize ? input.originalUrl : current.url;
    afterStore = createRequestStore(current.request, seen, "route", serverConfig.draftModeSecret);
    let outcome: MiddlewareOutcome;
    try {
      outcome = await runMiddleware({
        entry: middleware,
        request: current.request,
        url: seen,
        match: ruleRequestOf(current.request, current.url, current.paths),
        locale: current.paths.locale,
        nextConfig: { basePath: config.basePath, buildId: serverConfig.buildId, i18n: pagesConfig.i18n },
        store: afterStore,
      });
    } catch (error) {
      // Next answers 500 and keeps serving (test/e2e/middleware-general "should handle 500 errors").
      console.error(`[vinext] ${middleware.file} failed for ${input.request.method} ${input.url.pathname}:`, error);
      await reportRequestError(error, input.request, { routerKind: "App Router", routePath: `/${middleware.kind}`, routeType: "middleware" });
      return result(new Response("Internal Server Error", { status: 500, headers: { "content-type": "text/plain; charset=utf-8" } }));
    }
    if (outcome.kind === "respond") return result(data ? dataRedirect(outcome.response) : outcome.response);
    if (outcome.kind === "continue") {
      layers.unshift(outcome.headers);
      current = { ...current, request: outcome.request };
      if (outcome.rewrite) {
        const target = new URL(outcome.rewrite, current.url);
        if (target.origin !== current.url.origin) return result(await proxyRequest(current.request, current.url, target.href));
        const below = hasBasePath(target.pathname, config.basePath) ? target.pathname.slice(config.basePath.length) || "/" : target.pathname;
        current = moveTo(current, below + target.search);
      }
    }
  }

  // One rewrite list; `check` (afterFiles, fallback) stops at the first destination that exists.
  const rewriteWith = async (list: readonly RewriteRule[], check: boolean): Promise<Response | "route" | undefined> => {
    for (const rule of list) {
      const hit: RewriteHit | undefined = applyRewrite(rule, ruleRequestOf(current.request, current.url, current.paths), current.paths, config.basePath);
      if (!hit) continue;
      if (hit.external) return proxyRequest(current.request, current.url, hit.href);
      current = moveTo(current, hit.href);
      if (check) {
        const found = await lookup(true);
        if (found) return found;
      }
    }
    return undefined;
  };
  const lookup = async (dynamic: boolean): Promise<Response | "route" | undefined> => {
    const parts = current.appParts;
    if (!parts) return undefined;
    // A data request asks for a page's data, never for a file at the page's path.
    const file = !data && (await serveStaticFile(current.request, urlPathOf(parts), flight));
    if (file) return file;
    return routeExists(parts, { dynamic }) ? "route" : undefined;
  };
  const settle = (found: Response | "route" | undefined) => (found === undefined ? undefined : result(found === "route" ? undefined : found));

  const { beforeFiles, afterFiles, fallback } = rules.rewrites;
  if (beforeFiles.length + afterFiles.length + fallback.length === 0) {
    // Nothing can move the URL any more: a static file, else whatever the router finds.
    const file = !data && current.appParts && (await serveStaticFile(current.request, urlPathOf(current.appParts), flight));
    return result(file || (current.appParts ? undefined : notFound()));
  }
  const before = await rewriteWith(beforeFiles, false);
  if (before instanceof Response) return result(before);
  const outcome =
    settle(await lookup(false)) ??
    settle(await rewriteWith(afterFiles, true)) ??
    settle(await lookup(true)) ??
    settle(await rewriteWith(fallback, true));
  if (outcome) return outcome;
  // Nothing serves the URL: outside the basePath a plain 404, else the app's not-found page.
  return result(current.appParts ? undefined : notFound());
}

function notFound(): Response {
  return new Response("Not Found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
}
