// Fetches Flight payloads for client navigation, with a short-lived cache (Next
// keeps prefetched dynamic routes for 30 s). Prefetches keep the raw bytes and
// are only decoded when navigated to, so a page that is never visited does not
// make React preload its stylesheets. A response that is not Flight (a Pages
// Router page, a file, an error page) becomes a document navigation.
import { createFromFetch, createFromReadableStream } from "@vitejs/plugin-rsc/browser";
import { FLIGHT_CONTENT_TYPE, RSC_HEADER, type FlightPayload } from "../flight-payload";
import { flightPathFor, parseFlightPath } from "../routing/flight-path";

/** Same value as rsc/resolve-route's NEXT_URL_HEADER (kept apart: that module is server-only). */
const NEXT_URL_HEADER = "next-url";

const TTL_MS = 30_000;
const MAX_ENTRIES = 50;

interface Entry {
  at: number;
  /** Decoded payload (navigations, and prefetches once used). */
  payload?: Promise<FlightPayload>;
  /** Undecoded body of a prefetch. */
  bytes?: Promise<ArrayBuffer>;
}

const cache = new Map<string, Entry>();

/** `interceptedFrom` of the payload on screen (set by the router once it commits). */
let interceptedFrom: string | undefined;

/** Called by the router after each commit with the payload's `interceptedFrom`. */
export function setInterceptedFrom(from: string | undefined): void {
  interceptedFrom = from;
}

/**
 * The `next-url` of a navigation starting now: the browser's path, except while an
 * intercepted route is shown, where it stays the page underneath (a modal's links
 * open the next modal; Next: test/e2e/app-dir/parallel-routes-and-interception).
 */
function navigationOrigin(): string {
  return interceptedFrom ?? window.location.pathname;
}

/** Defined by vinext:static-export: `output: "export"`, served by any static file server. */
declare const __VINEXT_STATIC_EXPORT__: boolean | undefined;
const STATIC_EXPORT = typeof __VINEXT_STATIC_EXPORT__ !== "undefined" && __VINEXT_STATIC_EXPORT__;

/**
 * A static file server sends `.rsc` files with whatever type it guesses
 * (application/octet-stream, none): in an export, any successful non-HTML answer is Flight.
 */
function isFlight(res: Response): boolean {
  const type = res.headers.get("content-type") ?? "";
  return type.startsWith(FLIGHT_CONTENT_TYPE) || (STATIC_EXPORT && res.ok && !type.includes("text/html"));
}

/** Thrown for a prefetch whose answer is not Flight: only a navigation turns that into a document load. */
class NotFlight extends Error {}

/**
 * `from` is the page the navigation starts on, read when the navigation begins:
 * a request sent later (after a pending prefetch turned out unusable) must not
 * see the URL the router has already pushed, or intercepting routes would not apply.
 */
function fetchResponse(href: string, from: string, { prefetch = false } = {}): Promise<Response> {
  const url = new URL(href, window.location.href);
  // `next-url` tells the server where the navigation starts, for intercepting routes.
  const headers = { [RSC_HEADER]: "1", [NEXT_URL_HEADER]: from };
  return fetch(flightPathFor(url.pathname) + url.search, { headers, credentials: "same-origin" }).then((res) => {
    if (!isFlight(res)) {
      if (prefetch) {
        void res.body?.cancel();
        throw new NotFlight(href);
      }
      window.location.assign(href);
      // The document navigation replaces this page; never settle.
      return new Promise<Response>(() => {});
    }
    if (res.redirected && !prefetch) showRedirectedUrl(href, res.url);
    return res;
  });
}

/** A Flight request the server redirected: the address bar shows where it ended (as Next does). */
function showRedirectedUrl(requested: string, finalFlightUrl: string): void {
  const target = new URL(requested, window.location.href);
  if (window.location.pathname + window.location.search !== target.pathname + target.search) return;
  const final = new URL(finalFlightUrl);
  const page = parseFlightPath(final.pathname).pathname + final.search;
  window.history.replaceState(window.history.state, "", page);
}

function decodeBytes(bytes: Promise<ArrayBuffer>): Promise<FlightPayload> {
  return bytes.then((buffer) =>
    createFromReadableStream<FlightPayload>(
      new ReadableStream({
        start(controller) {
          controller.enqueue(new Uint8Array(buffer));
          controller.close();
        },
      }),
    ),
  );
}

function fresh(entry: Entry | undefined): entry is Entry {
  return !!entry && Date.now() - entry.at < TTL_MS;
}

/** A payload for `href`: the cached one while fresh, else a new (streamed) request. */
function cacheKey(href: string): string {
  return `${href}|${navigationOrigin()}`;
}

export function fetchFlight(href: string, options: { fresh?: boolean } = {}): Promise<FlightPayload> {
  const from = navigationOrigin();
  const hit = cache.get(cacheKey(href));
  if (!options.fresh && fresh(hit) && (hit.payload || hit.bytes)) {
    // A prefetch still in flight may yet turn out dynamic: fall back to a streamed request then.
    hit.payload ??= hit.bytes!.then(
      (buffer) => decodeBytes(Promise.resolve(buffer)),
      () => createFromFetch<FlightPayload>(fetchResponse(href, from)),
    );
    return hit.payload;
  }
  const payload = createFromFetch<FlightPayload>(fetchResponse(href, from));
  remember(cacheKey(href), { at: Date.now(), payload });
  return payload;
}

/**
 * Starts loading `href` so a later navigation renders at once. A page rendered
 * per request (`cache-control: no-store`) is not kept: its data would be stale
 * and its loading UI would never show, as Next does not prefetch dynamic data.
 */
export function prefetchFlight(href: string): void {
  if (fresh(cache.get(cacheKey(href)))) return;
  const entry: Entry = { at: Date.now() };
  entry.bytes = fetchResponse(href, navigationOrigin(), { prefetch: true }).then(async (res) => {
    if (res.headers.get("cache-control")?.includes("no-store")) {
      await res.body?.cancel();
      entry.bytes = undefined;
      throw new Error("dynamic page: not prefetched");
    }
    return res.arrayBuffer();
  });
  remember(cacheKey(href), entry);
  // A failed or dynamic prefetch leaves no bytes, so the navigation requests it fresh.
  entry.bytes.catch(() => {
    entry.bytes = undefined;
  });
}

function remember(href: string, entry: Entry): void {
  cache.delete(href);
  cache.set(href, entry);
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
}

/** Forgets every cached payload (after `router.refresh()`). */
export function clearFlightCache(): void {
  cache.clear();
}
