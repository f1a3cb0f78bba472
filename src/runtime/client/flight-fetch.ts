// Fetches Flight payloads for client navigation, with a short-lived prefetch
// cache (Next keeps prefetched dynamic routes for 30 s). A response that is not
// Flight (a Pages Router page, a file, an error page) becomes a document navigation.
import { createFromFetch } from "@vitejs/plugin-rsc/browser";
import { FLIGHT_CONTENT_TYPE, RSC_HEADER, type FlightPayload } from "../flight-payload";
import { flightPathFor } from "../routing/flight-path";

const PREFETCH_TTL_MS = 30_000;
const MAX_ENTRIES = 50;
const cache = new Map<string, { at: number; payload: Promise<FlightPayload> }>();

function request(href: string): Promise<FlightPayload> {
  const url = new URL(href, window.location.href);
  const flightUrl = flightPathFor(url.pathname) + url.search;
  const response = fetch(flightUrl, { headers: { [RSC_HEADER]: "1" }, credentials: "same-origin" }).then((res) => {
    if (!res.headers.get("content-type")?.startsWith(FLIGHT_CONTENT_TYPE)) {
      window.location.assign(href);
      // The document navigation replaces this page; never settle.
      return new Promise<Response>(() => {});
    }
    return res;
  });
  return createFromFetch<FlightPayload>(response);
}

/** A payload for `href`: the prefetched one while fresh, else a new request. */
export function fetchFlight(href: string, { fresh = false } = {}): Promise<FlightPayload> {
  const hit = cache.get(href);
  if (!fresh && hit && Date.now() - hit.at < PREFETCH_TTL_MS) return hit.payload;
  return remember(href, request(href));
}

/** Starts loading `href` so a later navigation renders at once. */
export function prefetchFlight(href: string): void {
  const hit = cache.get(href);
  if (hit && Date.now() - hit.at < PREFETCH_TTL_MS) return;
  const payload = remember(href, request(href));
  // A failed prefetch is forgotten so the navigation retries.
  payload.catch(() => cache.delete(href));
}

function remember(href: string, payload: Promise<FlightPayload>): Promise<FlightPayload> {
  cache.delete(href);
  cache.set(href, { at: Date.now(), payload });
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return payload;
}

/** Forgets every cached payload (after `router.refresh()`). */
export function clearFlightCache(): void {
  cache.clear();
}
