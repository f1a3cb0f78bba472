// Incremental Static Regeneration for pages of both routers: a cached page is
// served fresh (HIT) or stale (STALE) while exactly one background render per
// key replaces it; a page not in the store yet is seeded from the build's
// pre-rendered copy or rendered (MISS) by the caller. A regeneration that throws
// keeps the old entry. Behaviour: test/e2e/app-dir/app-static, test/e2e/prerender.
import type { CacheHandler, CacheHit, CacheValue } from "../../storage";
import { CACHE_STATUS_HEADER, isrCacheControl, type CacheStatus } from "./cache-control";
import { readSeed } from "./isr-seed";
import { outsideRequest } from "./request-store";

/** The forms one page is fetched in: its HTML, its Flight (App) and its data JSON (Pages). */
export type Variant = "html" | "flight" | "data";

export interface PageEntry extends CacheValue {
  status: number;
  bodies: Partial<Record<Variant, Uint8Array>>;
  contentTypes: Partial<Record<Variant, string>>;
}

export interface RenderedPage {
  entry: PageEntry;
  revalidate: number | false;
  /** Tags the render used besides the page's implicit ones (fetch, unstable_cache, cacheTag). */
  tags: readonly string[];
}

export interface CachedPage {
  cache: CacheHandler;
  key: string;
  /** The page's implicit tags (storage/tags.ts implicitPageTags). */
  tags: readonly string[];
  /** URL paths the build pre-rendered each variant under (isr-seed.ts). */
  seedRoutes: Partial<Record<Variant, string>>;
  /** The request the host handed in: its waitUntil and seed reader. */
  hostRequest: Request;
  buildTime: number;
  expireTime: number;
  /** Renders every variant afresh, outside any request; undefined when the page turned out dynamic. */
  regenerate: () => Promise<RenderedPage | undefined>;
}

const regenerating = new Map<string, Promise<void>>();
/**
 * When each key was last regenerated here. A request that read the entry before
 * that (a slow store, a burst) must not start another regeneration once the first finished.
 */
const regeneratedAt = new Map<string, number>();
const MAX_REMEMBERED = 1000;
/** Copies of MISS renders still being written: a request for the same key waits and reads them. */
const storing = new Map<string, Promise<unknown>>();
const STORE_WAIT_MS = 10_000;

/** Keeps the host alive for `work` (srvx on Node, the Workers ExecutionContext). */
export function waitUntil(request: Request, work: Promise<unknown>): void {
  const hook = (request as Request & { waitUntil?: (promise: Promise<unknown>) => void }).waitUntil;
  try {
    if (typeof hook === "function") hook.call(request, work);
  } catch {
    // A host may refuse waitUntil once its context closed; the work still runs.
  }
}

export async function storePage(page: CachedPage, rendered: RenderedPage, lastModified = Date.now()): Promise<void> {
  await page.cache.set(page.key, rendered.entry, {
    revalidate: rendered.revalidate,
    expire: rendered.revalidate === false ? undefined : page.expireTime,
    tags: [...page.tags, ...rendered.tags],
    lastModified,
  });
}

/**
 * Starts the one background regeneration for `page` unless one is already
 * running, or one finished since the stale entry (`staleSince`) was generated.
 */
export function scheduleRegeneration(page: CachedPage, staleSince: number): Promise<void> {
  const running = regenerating.get(page.key);
  if (running) return running;
  if ((regeneratedAt.get(page.key) ?? 0) > staleSince) return Promise.resolve();
  const work = (async () => {
    try {
      const rendered = await page.regenerate();
      const at = Date.now();
      if (rendered) await storePage(page, rendered, at);
      regeneratedAt.delete(page.key);
      regeneratedAt.set(page.key, at);
      if (regeneratedAt.size > MAX_REMEMBERED) regeneratedAt.delete(regeneratedAt.keys().next().value!);
    } catch (error) {
      console.error(`[vinext] Regenerating ${page.key} failed; the cached page stays in place.`, error);
    } finally {
      regenerating.delete(page.key);
    }
  })();
  regenerating.set(page.key, work);
  waitUntil(page.hostRequest, work);
  return work;
}

/** Writes the build's pre-rendered copy into the store and reads it back (tags may already have revalidated it). */
async function seed(page: CachedPage): Promise<CacheHit<PageEntry> | null> {
  const variants = Object.entries(page.seedRoutes) as [Variant, string][];
  // Outside the request: an origin read is a fetch, which a render would memoise.
  const seeds = await Promise.all(variants.map(async ([variant, route]) => [variant, await outsideRequest(() => readSeed(page.hostRequest, route))] as const));
  const found = seeds.filter((pair): pair is [Variant, NonNullable<(typeof pair)[1]>] => !!pair[1]);
  if (found.length === 0) return null;
  const entry: PageEntry = { status: found[0]![1].status, bodies: {}, contentTypes: {} };
  for (const [variant, value] of found) {
    entry.bodies[variant] = value.body;
    entry.contentTypes[variant] = value.contentType;
  }
  const tags = found.flatMap(([, value]) => value.tags ?? []);
  await storePage(page, { entry, revalidate: found[0]![1].revalidate, tags }, page.buildTime);
  return page.cache.get<PageEntry>(page.key, { implicitTags: page.tags });
}

export function cachedResponse(entry: PageEntry, variant: Variant, status: CacheStatus, revalidate: number | false, expireTime: number): Response {
  const headers = new Headers({ "content-type": entry.contentTypes[variant] ?? "text/html; charset=utf-8" });
  headers.set(CACHE_STATUS_HEADER, status);
  headers.set("cache-control", isrCacheControl(revalidate, expireTime));
  if (variant !== "data") headers.set("vary", "rsc, accept");
  return new Response(entry.bodies[variant] as Uint8Array<ArrayBuffer>, { status: entry.status, headers });
}

/**
 * Writes a MISS render's copy after the response went out. Until it is stored,
 * requests for the same key wait for it instead of rendering the page again.
 */
export function storeInBackground(page: CachedPage, work: Promise<unknown>): void {
  const settled = work.catch((error) => console.error(`[vinext] Could not cache ${page.key}:`, error));
  storing.set(page.key, settled);
  void settled.finally(() => {
    if (storing.get(page.key) === settled) storing.delete(page.key);
  });
  waitUntil(page.hostRequest, settled);
}

/** The cached answer for `variant` of `page`, or undefined when the caller must render it (MISS). */
export async function servePageFromCache(page: CachedPage, variant: Variant): Promise<Response | undefined> {
  const pending = storing.get(page.key);
  // Bounded: a render that never finishes must not hold later requests forever.
  if (pending) await Promise.race([pending, new Promise((resolve) => setTimeout(resolve, STORE_WAIT_MS))]);
  let hit = await page.cache.get<PageEntry>(page.key, { implicitTags: page.tags });
  // Seeds are for first use only: an entry that expired (revalidated) must be rendered, not reseeded.
  if (!hit && !(await page.cache.has(page.key))) hit = await seed(page);
  if (!hit?.value.bodies?.[variant]) return undefined;
  if (hit.state === "stale") void scheduleRegeneration(page, hit.lastModified);
  return cachedResponse(hit.value, variant, hit.state === "stale" ? "STALE" : "HIT", hit.revalidate, page.expireTime);
}
