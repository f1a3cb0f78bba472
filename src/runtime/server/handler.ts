// The one front door: every request, in dev and in production, on every preset,
// enters here (through the Nitro renderer → rsc service). It owns the order of
// the Next request pipeline; each step lives in its own module.
import { manifest, modules } from "virtual:vinext/app-routes";
import { config as pagesConfig, manifest as pagesManifest } from "virtual:vinext/pages-routes";
import { serverConfig } from "virtual:vinext/server-config";
import { RSC_HEADER } from "../flight-payload";
import { parseFlightPath } from "../routing/flight-path";
import { splitPathname } from "../routing/match";
import { splitIntercepting } from "../routing/intercept";
import { dispatchPages } from "../pages/dispatch";
import { renderCachedAppRoute } from "../rsc/page-cache";
import { navigatingFrom, resolveAppRoute } from "../rsc/resolve-route";
import { handleServerAction } from "./actions";
import { scheduleAfterTasks } from "./after";
import { handleMetadataRoute } from "./metadata-routes";
import { frontDoorRequest } from "./front-door";
import { deriveRequest } from "./host-request";
import { ensureInstrumentation, reportRequestError } from "./instrumentation";
import { runPipeline } from "./pipeline";
import { trustsProxy } from "./proxy-trust";
import { finishPrerender, isPrerendering, PRERENDER_INDEX_PATH, prerenderIndex } from "./prerender";
import { createRequestStore, runWithRequestStore, type RequestStore } from "./request-store";
import { appRouteExists, pagesRouteExists } from "./route-exists";
import { settleRevalidations } from "./revalidation";
import { handleRouteHandler } from "./route-handler";
import { imageRoute } from "./image-route";
import { checkUrl, rawPathOf } from "./url-guard";

/** Intercepting routes are set apart once, so matching does no per-request filtering. */
const routes = splitIntercepting(manifest.routes);

function plain(status: number, body: string, headers: Record<string, string> = {}): Response {
  return new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8", ...headers } });
}

export async function handleRequest(hostRequest: Request): Promise<Response> {
  let request = hostRequest;
  try {
    await ensureInstrumentation();
    request = frontDoorRequest(hostRequest, serverConfig.pipeline.trustProxy);
    const url = new URL(request.url);
    const verdict = checkUrl(url, rawPathOf(request.url));
    if (!verdict.ok) {
      if (verdict.status === 308) return new Response(null, { status: 308, headers: { location: verdict.location } });
      console.warn(`[vinext] 400 for ${JSON.stringify(request.url.slice(0, 200))}: ${verdict.reason}`);
      return plain(400, "Bad Request");
    }
    const image = imageRoute(hostRequest, request, url, handleRequest);
    if (image) return await image;
    const response = await route(request, url, verdict.parts);
    return request.method === "HEAD" ? new Response(null, response) : response;
  } catch (error) {
    console.error(`[vinext] Unhandled error for ${request.method} ${request.url}:`, error);
    await reportRequestError(error, request, { routerKind: "App Router", routePath: new URL(request.url).pathname, routeType: "render" });
    return plain(500, "Internal Server Error");
  }
}

async function route(original: Request, originalUrl: URL, originalParts: string[]): Promise<Response> {
  // `/about.rsc` asks for the Flight of `/about` (see routing/flight-path): from here on
  // it is that page's URL with the `RSC: 1` header, exactly like a header-only request.
  const flight = original.method === "GET" || original.method === "HEAD" ? parseFlightPath(originalUrl.pathname) : { flight: false, pathname: "" };
  let request = original;
  let url = originalUrl;
  let parts = originalParts;
  if (flight.flight) {
    url = new URL(originalUrl);
    url.pathname = flight.pathname;
    parts = splitPathname(flight.pathname);
    const headers = new Headers(original.headers);
    headers.set(RSC_HEADER, "1");
    request = deriveRequest(original, url, { method: original.method, headers });
  }
  if (isPrerendering() && url.pathname === PRERENDER_INDEX_PATH) return prerenderIndex(manifest, modules);
  // Config rules, middleware and the filesystem decide what serves the URL (pipeline.ts); not at build time.
  const front = isPrerendering() ? undefined : await runPipeline({ request, url, parts, flight: flight.flight, originalUrl }, appRoutes);
  if (front?.response) return front.finish(front.response);
  const visibleUrl = url;
  if (front) ({ request, url, parts } = front);
  const store = createRequestStore(request, url, "render", serverConfig.draftModeSecret);
  // After a rewrite the page renders the destination but the browser keeps showing this URL.
  store.visibleUrl = visibleUrl;
  let response = await runWithRequestStore(store, () => dispatch(request, url, parts, store));
  // revalidatePath/revalidateTag from a route handler must be stored before the answer (the next request sees them).
  await settleRevalidations(store).catch((error) => console.error("[vinext] Writing a revalidation failed:", error));
  if (isPrerendering()) response = await runWithRequestStore(store, () => finishPrerender(response, store, serverConfig.isr));
  const out = scheduleAfterTasks(store, withResponseCookies(response, store), original);
  return front ? front.finish(out) : out;
}

const actionsConfig = { ...serverConfig.serverActions, trustProxy: trustsProxy(serverConfig.pipeline.trustProxy) };
const appRoutes = (parts: readonly string[], options: { dynamic: boolean }) =>
  appRouteExists(manifest, parts, options) || pagesRouteExists(pagesManifest, pagesConfig.i18n?.locales, parts, options);

/** Adds cookies written by actions and route handlers (the response's own headers may be immutable). */
function withResponseCookies(response: Response, store: RequestStore): Response {
  if (store.responseCookies.getAll().length === 0) return response;
  const copy = new Response(response.body, response);
  store.responseCookies.applyTo(copy.headers);
  return copy;
}

async function dispatch(request: Request, url: URL, parts: string[], store: RequestStore): Promise<Response> {
  const flightOnly = request.headers.get(RSC_HEADER) === "1";
  // Metadata files (icons, sitemap.xml, robots.txt, ...) are static routes: they win over dynamic pages.
  const metadataRoute = await handleMetadataRoute({ request, parts, manifest, modules });
  if (metadataRoute) return metadataRoute;
  const from = navigatingFrom(request, flightOnly);
  const { match, slotOverride, intercepted } = resolveAppRoute(routes, parts, from?.parts);
  const interceptedFrom = intercepted ? from?.pathname : undefined;
  // The Pages Router, after app routes (which win where both match): runtime/pages/dispatch.ts.
  const pages = await dispatchPages({ request, url, parts, appMatch: match });
  if (pages) return pages;
  if (match?.route.kind === "route") {
    store.phase = "route";
    return handleRouteHandler({ request, route: match.route, params: match.params, modules });
  }
  // Server Actions: a POST that carries one runs it, then the page re-renders with its result (actions.ts).
  const routeLabel = match?.route.pattern ?? "/_not-found";
  const action = request.method === "POST" ? await handleServerAction({ request, url, store, config: actionsConfig, routeLabel }) : undefined;
  if (action instanceof Response) return action;
  if (match && !action && request.method !== "GET" && request.method !== "HEAD") {
    return plain(405, "Method Not Allowed", { allow: "GET, HEAD" });
  }
  return renderCachedAppRoute({ manifest, modules, match, url, flightOnly, action, parts, slotOverride, interceptedFrom, request, store });
}
