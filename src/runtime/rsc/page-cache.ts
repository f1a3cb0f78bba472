// ISR for App Router pages: which requests may be answered from the store, and
// how a page is rendered for it (live on a MISS with a copy kept, or in the
// background on regeneration). The store/regeneration mechanics are in
// server/isr.ts. Next: test/e2e/app-dir/app-static, test/e2e/app-dir/revalidate-dynamic.
import { serverConfig } from "virtual:vinext/server-config";
import { implicitPageTags } from "../../storage";
import { FLIGHT_CONTENT_TYPE } from "../flight-payload";
import { flightPathFor } from "../routing/flight-path";
import { CACHE_STATUS_HEADER, isrCacheControl, NO_STORE } from "../server/cache-control";
import { DRAFT_MODE_COOKIE } from "../server/draft-mode";
import { deriveRequest } from "../server/host-request";
import { servePageFromCache, storeInBackground, storePage, type CachedPage, type RenderedPage } from "../server/isr";
import { cacheHandlerFor } from "../server/isr-storage";
import { createRequestStore, pageRevalidate, runWithRequestStore, type RequestStore } from "../server/request-store";
import type { RenderCapture } from "./render";
import { renderAppRoute, type RenderRouteInput } from "./render-route";
import { loadRouteModules, resolveSegmentConfig, type SegmentConfig } from "./segment-config";

/** Route patterns seen reading per-request data: their requests skip the store lookup. */
const dynamicRoutes = new Set<string>();

const HTML_TYPE = "text/html; charset=utf-8";
const FLIGHT_TYPE = `${FLIGHT_CONTENT_TYPE}; charset=utf-8`;

interface CacheableInput extends RenderRouteInput {
  request: Request;
  store: RequestStore;
}

function eligible(input: CacheableInput): boolean {
  const { request, match, action, slotOverride, url, store } = input;
  if (!match || match.route.kind !== "page" || action || slotOverride || match.route.intercept) return false;
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  // Parallel slots keep per-navigation state in the payload: such pages render per request.
  if (match.route.chain.some((segment) => segment.slots?.length)) return false;
  // Draft mode renders per request; a rewrite renders another path than the one shown.
  if (request.headers.get("cookie")?.includes(`${DRAFT_MODE_COOKIE}=`)) return false;
  if (store.visibleUrl && store.visibleUrl.pathname !== url.pathname) return false;
  return !dynamicRoutes.has(match.route.pattern);
}

/** What a finished render leaves for the store, or undefined when the page turned out dynamic. */
async function renderedPage(pattern: string, store: RequestStore, config: SegmentConfig, status: number, capture: RenderCapture): Promise<RenderedPage | undefined> {
  const [flight, html] = await Promise.all([capture.flight, capture.html]);
  const dynamic = config.dynamic !== "force-static" && store.dynamicUsed;
  if (dynamic) dynamicRoutes.add(pattern);
  if (dynamic || status !== 200 || !flight) return undefined;
  const revalidate = pageRevalidate(store);
  if (revalidate === 0) return undefined;
  return {
    entry: { status, bodies: { flight, ...(html ? { html } : {}) }, contentTypes: { flight: FLIGHT_TYPE, html: HTML_TYPE } },
    revalidate,
    tags: [...(store.cacheTags ?? [])],
  };
}

async function drain(response: Response): Promise<void> {
  const reader = response.body?.getReader();
  if (!reader) return;
  while (!(await reader.read()).done);
}

/** Renders `page` as a background request would: no cookies, no search params, both HTML and Flight. */
async function regenerate(input: CacheableInput, config: SegmentConfig): Promise<RenderedPage | undefined> {
  const url = new URL(input.url.pathname, input.url.origin);
  const request = deriveRequest(input.request, url, { method: "GET", headers: new Headers({ accept: "text/html" }) });
  const store = createRequestStore(request, url, "render", serverConfig.draftModeSecret);
  const capture: RenderCapture = {};
  const response = await runWithRequestStore(store, () => renderAppRoute({ ...input, url, flightOnly: false, capture }));
  await drain(response);
  // A failed render must not replace the stored page (server/isr.ts keeps it and logs this).
  if (response.status >= 500) throw new Error(`rendering answered ${response.status}`);
  return renderedPage(input.match!.route.pattern, store, config, response.status, capture);
}

/** A page rendered per request tells shared caches not to keep it (as Next does). */
async function renderUncached(input: CacheableInput): Promise<Response> {
  const response = await renderAppRoute(input);
  if (response.headers.has("cache-control") || response.status >= 300 && response.status < 400) return response;
  const headers = new Headers(response.headers);
  headers.set("cache-control", NO_STORE);
  return new Response(response.body, { status: response.status, headers });
}

/** Renders an App Router page, through the ISR store when the page may be cached. */
export async function renderCachedAppRoute(input: CacheableInput): Promise<Response> {
  const cache = cacheHandlerFor(input.request);
  if (!cache) return renderAppRoute(input);
  if (!eligible(input)) return input.match?.route.kind === "page" ? renderUncached(input) : renderAppRoute(input);
  const route = input.match!.route;
  const config = resolveSegmentConfig(await loadRouteModules(route, input.modules));
  if (config.dynamic === "force-dynamic" || config.revalidate === 0) return renderUncached(input);
  const pathname = input.url.pathname;
  const page: CachedPage = {
    cache,
    key: `app:${pathname}`,
    tags: implicitPageTags(pathname, route.pattern),
    seedRoutes: { html: pathname, flight: flightPathFor(pathname) },
    hostRequest: input.request,
    buildTime: serverConfig.isr.buildTime,
    expireTime: serverConfig.isr.expireTime,
    regenerate: () => regenerate(input, config),
  };
  const variant = input.flightOnly ? "flight" : "html";
  const cached = await servePageFromCache(page, variant);
  if (cached) return cached;
  // MISS: stream the render and keep a copy for the store (not for a request with a
  // query string: the payload would carry it to every later visitor).
  if (input.url.search) return renderUncached(input);
  const capture: RenderCapture = {};
  const response = await renderAppRoute({ ...input, capture });
  storeInBackground(page, renderedPage(route.pattern, input.store, config, response.status, capture).then((rendered) => rendered && storePage(page, rendered)));
  const headers = new Headers(response.headers);
  headers.set(CACHE_STATUS_HEADER, "MISS");
  // Whether the page is static is only known once it streamed: unless its config says so, assume not.
  const declaredStatic = config.dynamic === "force-static" || (config.revalidate !== undefined && config.revalidate !== 0);
  if (!headers.has("cache-control")) {
    headers.set("cache-control", response.status === 200 && declaredStatic ? isrCacheControl(config.revalidate, serverConfig.isr.expireTime) : NO_STORE);
  }
  return new Response(response.body, { status: response.status, headers });
}
