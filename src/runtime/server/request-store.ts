// Per-request state for the rsc environment: the one place that uses
// AsyncLocalStorage (DESIGN.md rule 2). Request APIs (cookies, headers,
// draftMode, connection) read it; it also records whether a render used
// per-request data, which makes the route dynamic.
import { AsyncLocalStorage } from "node:async_hooks";
import { RequestCookies, ResponseCookies } from "./cookies";
import type { FetchCacheMode } from "./fetch-plan";
import { registerRequestStorePeek } from "./request-store-peek";

export type RequestPhase = "render" | "action" | "route";

export interface RequestStore {
  request: Request;
  url: URL;
  phase: RequestPhase;
  /** Cookies as sent by the client, updated by writes in actions and route handlers. */
  cookies: RequestCookies;
  /** Set-Cookie headers to add to the response. */
  responseCookies: ResponseCookies;
  /** True once cookies(), headers(), connection() or searchParams were read. */
  dynamicUsed: boolean;
  /** The secret that turns draft mode on (see draft-mode.ts). */
  draftModeSecret: string;
  /** The URL the browser shows, when a rewrite made `url` another path (usePathname follows the browser). */
  visibleUrl?: URL;
  /** What the page render decided (status, redirect); read when pre-rendering. */
  renderState?: { status: number; redirect?: unknown };
  /** The route's `export const dynamic` (rsc/segment-config.ts), once known. */
  segmentDynamic?: "auto" | "force-dynamic" | "force-static" | "error";
  /** The route's `export const revalidate` (App) or getStaticProps' `revalidate` (Pages), once known. */
  segmentRevalidate?: number | false;
  /** The route's `export const fetchCache` (rsc/segment-config.ts), once known: how its fetches use the data cache. */
  segmentFetchCache?: FetchCacheMode;
  /** The lowest `revalidate` cached data used by this render asked for (fetch, unstable_cache, 'use cache'). */
  revalidate?: number | false;
  /** Cache tags the render's data carried (fetch `next.tags`, unstable_cache, cacheTag): they revalidate the page too. */
  cacheTags?: Set<string>;
}

/** How long the rendered page stays fresh: its own `revalidate`, lowered by its data's. */
export function pageRevalidate(store: RequestStore): number | false {
  const own = store.segmentRevalidate ?? false;
  const data = store.revalidate ?? false;
  if (own === false) return data;
  return data === false ? own : Math.min(own, data);
}

/** Lowers the page's revalidate to `seconds` when its data must refresh sooner. */
export function lowerRevalidate(store: RequestStore, seconds: number | false): void {
  if (seconds === false) return;
  if (store.revalidate === undefined || store.revalidate === false || seconds < store.revalidate) store.revalidate = seconds;
}

// One instance per process, shared by every copy of this module: the rsc and ssr
// bundles each have one, and the dev server may load a second after it
// re-optimizes dependencies; a store set by one copy must be visible to the others.
const STORAGE_KEY = Symbol.for("vinext.request-store.storage");
const storage = ((globalThis as Record<symbol, unknown>)[STORAGE_KEY] ??= new AsyncLocalStorage<RequestStore>()) as AsyncLocalStorage<RequestStore>;
registerRequestStorePeek(() => storage.getStore());

export function createRequestStore(request: Request, url: URL, phase: RequestPhase, draftModeSecret: string): RequestStore {
  return {
    request,
    url,
    phase,
    cookies: new RequestCookies(request.headers),
    responseCookies: new ResponseCookies(),
    dynamicUsed: false,
    draftModeSecret,
  };
}

export function runWithRequestStore<T>(store: RequestStore, fn: () => T): T {
  return storage.run(store, fn);
}

/** The current request's store; `[vinext]` error when called outside a request. */
export function getRequestStore(api: string): RequestStore {
  const store = storage.getStore();
  if (!store) {
    throw new Error(
      `[vinext] ${api}() was called outside a request scope. Call it inside a Server Component, Server Action, Route Handler or middleware, not at module top level.`,
    );
  }
  return store;
}

/**
 * Runs `fn` as if outside any request: the storage layer's own I/O (HTTP-based
 * stores, seed reads) must not be memoised or cached by the patched fetch.
 */
export function outsideRequest<T>(fn: () => T): T {
  return storage.exit(fn);
}

/** The store if there is one (for code that also runs outside requests). */
export function peekRequestStore(): RequestStore | undefined {
  return storage.getStore();
}
