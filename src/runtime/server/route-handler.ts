// App Router route handlers (route.ts): method dispatch with automatic HEAD and
// OPTIONS, 405 with Allow, NextRequest + { params } arguments, control flow
// (notFound/redirect) and failures as bodiless responses, force-static requests.
// Behaviour follows Next's test/e2e/app-dir/app-routes (app-custom-routes.test.ts)
// and https://nextjs.org/docs/app/api-reference/file-conventions/route
import { resolveFetchCache } from "../rsc/segment-config";
import { httpFallbackStatus, redirectInfo } from "../control-flow";
import type { AppRoute, ModuleLoader, SegmentFiles } from "../routing/app-manifest";
import type { Params } from "../routing/match";
import { scheduleAfterTasks } from "./after";
import { RequestCookies } from "./cookies";
import { notifyRequestError } from "./errors";
import { NextRequest } from "./next-request";
import { MIDDLEWARE_NEXT_HEADER } from "./next-response";
import { getRequestStore, runWithRequestStore, type RequestStore } from "./request-store";
import { exportRequestView } from "./static-export";
import { addBasePath } from "../base-path";

export interface RouteHandlerInput {
  request: Request;
  route: AppRoute;
  params: Params;
  modules: Record<string, ModuleLoader>;
}

export const HTTP_METHODS = ["GET", "HEAD", "OPTIONS", "POST", "PUT", "DELETE", "PATCH", "QUERY"] as const;
type HttpMethod = (typeof HTTP_METHODS)[number];

export interface RouteContext {
  params: Promise<Params>;
}
type Handler = (request: NextRequest, context: RouteContext) => unknown;

/** "app/api/items/route.ts": how logs name a route file (the manifest keys are absolute paths). */
function fileLabel(segment: SegmentFiles, file: string): string {
  const name = file.slice(file.replace(/\\/g, "/").lastIndexOf("/") + 1);
  return `app/${segment.dir ? `${segment.dir}/` : ""}${name}`;
}

const warned = new Set<string>();

/** The exported method handlers; explains once per file what is wrong with its exports. */
function handlersOf(mod: Record<string, unknown>, label: string): Partial<Record<HttpMethod, Handler>> {
  const handlers: Partial<Record<HttpMethod, Handler>> = {};
  for (const method of HTTP_METHODS) {
    if (typeof mod[method] === "function") handlers[method] = mod[method] as Handler;
  }
  if (!warned.has(label)) {
    warned.add(label);
    const problems: string[] = [];
    if ("default" in mod) problems.push("it has a default export, which route handlers ignore");
    for (const method of HTTP_METHODS) {
      if (typeof mod[method.toLowerCase()] === "function") problems.push(`it exports "${method.toLowerCase()}"; method names must be uppercase ("${method}")`);
    }
    if (Object.keys(handlers).length === 0) problems.push("it exports no HTTP method handler");
    if (problems.length > 0) {
      console.error(`[vinext] ${label}: ${problems.join("; ")}. Export a named function per HTTP method, e.g. \`export async function GET(request) {}\`.`);
    }
  }
  return handlers;
}

/** Methods a route answers: its exports, HEAD when GET exists, and OPTIONS always (sorted, as Next's Allow). */
function allowHeader(handlers: Partial<Record<HttpMethod, Handler>>): string {
  const methods = new Set<string>(Object.keys(handlers));
  if (methods.has("GET")) methods.add("HEAD");
  methods.add("OPTIONS");
  return [...methods].sort().join(", ");
}

/**
 * `dynamic = "force-static"` answers every request as the build would see it: no
 * search params, headers or cookies (Next: app-custom-routes "strips search,
 * headers, and domain from request"). The store is a view of the request's own,
 * so cookies written and after() tasks still reach the response.
 */
function staticView(store: RequestStore, request: Request): { request: NextRequest; store: RequestStore } {
  const url = new URL(request.url);
  url.search = "";
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  const stripped = new NextRequest(url, {
    method: request.method,
    body: hasBody ? request.body : null,
    signal: request.signal,
    ...(hasBody && request.body ? { duplex: "half" as const } : {}),
  });
  const view: RequestStore = { ...store, request: stripped, url, cookies: new RequestCookies(new Headers()) };
  return { request: stripped, store: view };
}

function failure(error: unknown, where: string, pattern?: string): Response {
  const redirect = redirectInfo(error);
  if (redirect) return new Response(null, { status: redirect.status, headers: { location: addBasePath(redirect.url) } });
  const fallback = httpFallbackStatus(error);
  if (fallback) return new Response(null, { status: fallback });
  // Production responses never carry the message: the log has it.
  console.error(`[vinext] Error in route handler ${where}:`, error);
  if (pattern) notifyRequestError(error, "route", pattern);
  return new Response(null, { status: 500 });
}

async function respond(input: RouteHandlerInput, label: string, store: RequestStore): Promise<{ response: Response; store: RequestStore }> {
  const { request, route, params, modules } = input;
  const method = request.method.toUpperCase();
  // Next answers a method that is not an HTTP method at all with 400 (app-custom-routes "error conditions").
  if (!(HTTP_METHODS as readonly string[]).includes(method)) return { response: new Response(null, { status: 400 }), store };
  const where = `${label} (${method} ${route.pattern})`;
  let mod: Record<string, unknown>;
  try {
    mod = await modules[route.chain.at(-1)!.files.route!]!();
  } catch (error) {
    return { response: failure(error, where), store };
  }
  const handlers = handlersOf(mod, label);
  const handler = handlers[method as HttpMethod] ?? (method === "HEAD" ? handlers.GET : undefined);
  if (!handler) {
    const allow = allowHeader(handlers);
    return { response: new Response(null, { status: method === "OPTIONS" ? 204 : 405, headers: { allow } }), store };
  }
  // output: "export" (static-export.ts): reading the request fails the build.
  const view = mod.dynamic === "force-static" ? staticView(store, request) : { request: exportRequestView(new NextRequest(request), store), store };
  let result: unknown;
  try {
    // A route handler's fetches follow its own `fetchCache` (route.ts is its only segment config).
    view.store.segmentFetchCache = resolveFetchCache([{ file: route.chain.at(-1)!.files.route!, mod }]);
    const call = () => handler(view.request, { params: Promise.resolve(params) });
    result = await (view.store === store ? call() : runWithRequestStore(view.store, call));
  } catch (error) {
    return { response: failure(error, where, route.pattern), store: view.store };
  }
  if (!(result instanceof Response)) {
    console.error(
      `[vinext] No response is returned from route handler ${where}. Ensure you return a \`Response\` or a \`NextResponse\` in all branches of your handler.`,
    );
    return { response: new Response(null, { status: 500 }), store: view.store };
  }
  if (result.headers.has(MIDDLEWARE_NEXT_HEADER)) {
    console.error(
      `[vinext] ${where} returned NextResponse.next(), which only works in middleware. Return a Response instead (https://nextjs.org/docs/messages/next-response-next-in-app-route-handler).`,
    );
    return { response: new Response(null, { status: 500 }), store: view.store };
  }
  return { response: result, store: view.store };
}

export async function handleRouteHandler(input: RouteHandlerInput): Promise<Response> {
  const store = getRequestStore("route handler");
  const label = fileLabel(input.route.chain.at(-1)!, input.route.chain.at(-1)!.files.route!);
  const { response, store: used } = await respond(input, label, store);
  let final = response;
  if (input.request.method === "HEAD" && response.body) {
    response.body.cancel().catch(() => {});
    final = new Response(null, response);
  }
  return scheduleAfterTasks(used, final, input.request);
}
