// Runs `middleware.ts` / Next 16's `proxy.ts` for one request and turns what it
// returns into the pipeline's next step. Behaviour follows Next's
// test/e2e/middleware-general, middleware-rewrites, middleware-redirects,
// middleware-responses and middleware-request-header-overrides:
//  - NextResponse.next(): continue; `request.headers` overrides replace the
//    request's headers; the response's other headers and cookies reach the client;
//  - NextResponse.rewrite(url): same, serving `url` (another origin is proxied);
//  - a redirect (3xx with Location) or any other Response: answered as is.
// Cookies the middleware sets on its response are also visible to the page.
import { parseCookieHeader } from "./cookies";
import { deriveRequest, hostGeo, hostIp } from "./host-request";
import { deleteInternalHeaders } from "./internal-headers";
import { compileMatchers, middlewareMatches, type MatcherLocalePaths, type MiddlewareMatchers } from "./middleware-matcher";
import { NextFetchEvent } from "./next-fetch-event";
import { NextRequest } from "./next-request";
import { MIDDLEWARE_NEXT_HEADER, MIDDLEWARE_OVERRIDE_HEADERS, MIDDLEWARE_REQUEST_PREFIX, MIDDLEWARE_REWRITE_HEADER } from "./next-response";
import type { NextURLOptions } from "./next-url";
import { runWithRequestStore, type RequestStore } from "./request-store";
import type { RuleRequest } from "../routing/config-rules";

export interface MiddlewareEntry {
  /** Absolute path of the file, for messages. */
  file: string;
  kind: "middleware" | "proxy";
  load: () => Promise<Record<string, unknown>>;
}

export type MiddlewareOutcome =
  | { kind: "skip" }
  /** Continue routing with `request`; `rewrite` is an absolute URL to serve instead. */
  | { kind: "continue"; request: Request; rewrite?: string; headers: Headers }
  | { kind: "respond"; response: Response };

export interface MiddlewareInput {
  entry: MiddlewareEntry;
  request: Request;
  /** The URL middleware sees (request.url, nextUrl). */
  url: URL;
  /** What the matcher tests. */
  match: RuleRequest;
  /** With Pages i18n: the path below its locale and with it, for matchers. */
  locale?: MatcherLocalePaths;
  nextConfig: NextURLOptions;
  store: RequestStore;
}

type MiddlewareFunction = (request: NextRequest, event: NextFetchEvent) => unknown;

const matcherCache = new WeakMap<object, MiddlewareMatchers>();
const DISALLOWED_LOCATION = /^\s*(javascript|data|file|vbscript|blob):/i;

function fileName(entry: MiddlewareEntry): string {
  return entry.file.split(/[\\/]/).pop() ?? entry.file;
}

function exported(entry: MiddlewareEntry, mod: Record<string, unknown>): MiddlewareFunction {
  const fn = mod[entry.kind] ?? mod.default;
  if (typeof fn !== "function") {
    throw new Error(`[vinext] ${entry.file} must export a function named \`${entry.kind}\` (or a default export); found ${Object.keys(mod).join(", ") || "no exports"}.`);
  }
  return fn as MiddlewareFunction;
}

function matchersOf(entry: MiddlewareEntry, mod: Record<string, unknown>): MiddlewareMatchers {
  if (!matcherCache.has(mod)) {
    const config = mod.config as { matcher?: unknown } | undefined;
    matcherCache.set(mod, compileMatchers(config?.matcher, entry.file));
  }
  return matcherCache.get(mod);
}

/** Applies the Set-Cookie values of a middleware response to a Cookie header (deletions included). */
export function mergeSetCookies(cookieHeader: string | null, setCookies: readonly string[]): string {
  const jar = parseCookieHeader(cookieHeader);
  for (const line of setCookies) {
    const [pair = "", ...attributes] = line.split(";");
    const eq = pair.indexOf("=");
    if (eq <= 0) continue;
    const name = pair.slice(0, eq).trim();
    let value = pair.slice(eq + 1).trim();
    try {
      value = decodeURIComponent(value);
    } catch {
      // Kept as sent.
    }
    const expired = attributes.some((attr) => {
      const [key = "", v = ""] = attr.split("=").map((s) => s.trim());
      if (/^max-age$/i.test(key)) return Number(v) <= 0;
      if (/^expires$/i.test(key)) return Date.parse(v) <= Date.now();
      return false;
    });
    if (expired) jar.delete(name);
    else jar.set(name, value);
  }
  return [...jar].map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join("; ");
}

/** The request headers middleware asked for (`NextResponse.next({ request: { headers } })`), else the current ones. */
function requestHeadersAfter(request: Request, response: Headers): Headers {
  const list = response.get(MIDDLEWARE_OVERRIDE_HEADERS);
  if (list === null) return new Headers(request.headers);
  const headers = new Headers();
  for (const name of list.split(",").map((n) => n.trim()).filter(Boolean)) {
    const value = response.get(MIDDLEWARE_REQUEST_PREFIX + name);
    if (value !== null) headers.set(name, value);
  }
  return headers;
}

function nextRequestFor(input: MiddlewareInput, body: ReadableStream<Uint8Array> | null): NextRequest {
  const { request, url, nextConfig } = input;
  const nextRequest = new NextRequest(url, {
    method: request.method,
    headers: request.headers,
    body,
    signal: request.signal,
    nextConfig,
    ...(body ? { duplex: "half" as const } : {}),
  });
  // Removed from NextRequest's type in Next 15, still read by many apps: set where the host knows them.
  Object.defineProperty(nextRequest, "ip", { value: hostIp(request), enumerable: true });
  Object.defineProperty(nextRequest, "geo", { value: hostGeo(request) ?? {}, enumerable: true });
  return nextRequest;
}

function relativeLocation(location: string, url: URL): string {
  if (DISALLOWED_LOCATION.test(location)) {
    throw new Error(`[vinext] middleware redirected to ${JSON.stringify(location.slice(0, 60))}: javascript:, data:, file:, vbscript: and blob: destinations are refused.`);
  }
  const target = new URL(location, url);
  return target.origin === url.origin ? target.pathname + target.search + target.hash : target.href;
}

/** A response as sent to the client: internal headers removed, Location made relative for this origin. */
function clientResponse(response: Response, url: URL): Response {
  const headers = new Headers(response.headers);
  deleteInternalHeaders(headers);
  const location = headers.get("location");
  if (location !== null) headers.set("location", relativeLocation(location, url));
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

/**
 * Runs the middleware if its matcher (and the built-in skips) select this
 * request. Throws what the middleware throws; the pipeline answers 500.
 */
export async function runMiddleware(input: MiddlewareInput): Promise<MiddlewareOutcome> {
  const { entry, request, store } = input;
  const mod = await entry.load();
  const fn = exported(entry, mod);
  if (!middlewareMatches(matchersOf(entry, mod), input.match, input.locale)) return { kind: "skip" };

  // Middleware may read the body; the route still needs it.
  let downstreamBody: ReadableStream<Uint8Array> | null = null;
  let middlewareBody: ReadableStream<Uint8Array> | null = null;
  if (request.body && request.method !== "GET" && request.method !== "HEAD") [middlewareBody, downstreamBody] = request.body.tee();
  const nextRequest = nextRequestFor(input, middlewareBody);
  const waitUntil = (request as Request & { waitUntil?: (p: Promise<unknown>) => void }).waitUntil;
  const event = new NextFetchEvent({ request: nextRequest, page: `/${entry.kind}`, waitUntil: typeof waitUntil === "function" ? waitUntil : undefined });

  const result = await runWithRequestStore(store, () => fn(nextRequest, event));
  const continueWith = (init: { headers?: Headers; rewrite?: string; responseHeaders?: Headers }): MiddlewareOutcome => {
    const headers = init.headers ?? new Headers(request.headers);
    const next = deriveRequest(request, request.url, { headers, ...(downstreamBody ? { body: downstreamBody } : {}) });
    return { kind: "continue", request: next, rewrite: init.rewrite, headers: init.responseHeaders ?? new Headers() };
  };
  if (result === undefined || result === null) return continueWith({});
  if (!(result instanceof Response)) {
    throw new TypeError(`[vinext] ${fileName(entry)} returned ${typeof result}: middleware must return a Response (NextResponse), or nothing to continue.`);
  }
  const headers = result.headers;
  const rewrite = headers.get(MIDDLEWARE_REWRITE_HEADER);
  if (rewrite === null && headers.get(MIDDLEWARE_NEXT_HEADER) === null) {
    await downstreamBody?.cancel();
    return { kind: "respond", response: clientResponse(result, input.url) };
  }
  const requestHeaders = requestHeadersAfter(request, headers);
  const setCookies = headers.getSetCookie();
  if (setCookies.length) requestHeaders.set("cookie", mergeSetCookies(requestHeaders.get("cookie"), setCookies));
  const responseHeaders = new Headers(headers);
  deleteInternalHeaders(responseHeaders);
  for (const name of ["content-length", "location", "content-type", "content-encoding"]) responseHeaders.delete(name);
  await result.body?.cancel();
  return continueWith({ headers: requestHeaders, rewrite: rewrite ?? undefined, responseHeaders });
}
