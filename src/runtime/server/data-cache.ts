// The data cache (fetch, unstable_cache, 'use cache') over the request's cache
// handler (data-cache-store.ts). Reads are
// stale-while-revalidate with one background refresh per key; what a render's
// data asked for (revalidate, tags) is recorded on the page or the enclosing
// cache scope. https://nextjs.org/docs/app/guides/caching-without-cache-components
import { IMPLICIT_TAG_PREFIX, pathTag, type CacheHandler, type CacheValue } from "../../storage";
import { dataCacheFor } from "./data-cache-store";
import { settleRevalidations } from "./revalidation";
import { waitUntil } from "./isr";
import { lowerRevalidate, peekRequestStore, type RequestStore } from "./request-store";
import { rootStoreOf, scopeOf } from "./cache-scope";

/** Tags revalidatePath reaches a data entry by, seen from the current URL (Next's implicit tags). */
export function implicitDataTags(store: RequestStore): string[] {
  return [`${IMPLICIT_TAG_PREFIX}/layout`, pathTag(store.url.pathname)];
}

/** Records that the current render (or cache scope) used data with this lifetime and these tags. */
export function recordCacheUse(store: RequestStore, use: { revalidate: number | false; expire?: number; tags: readonly string[] }): void {
  const scope = scopeOf(store);
  if (scope) {
    for (const tag of use.tags) scope.tags.add(tag);
    if (use.revalidate !== false) scope.revalidate = Math.min(scope.revalidate ?? Infinity, use.revalidate);
    if (use.expire !== undefined) scope.expire = Math.min(scope.expire ?? Infinity, use.expire);
    return;
  }
  lowerRevalidate(store, use.revalidate);
  if (use.tags.length > 0) {
    store.cacheTags ??= new Set();
    for (const tag of use.tags) store.cacheTags.add(tag);
  }
}

export interface Loaded<V extends CacheValue> {
  value: V;
  revalidate: number | false;
  expire?: number;
  tags: readonly string[];
  /** False when the value must not be stored (an error response, too large, a failed render). */
  store: boolean;
}

export interface ReadThroughInput<V extends CacheValue> {
  key: string;
  load: () => Promise<Loaded<V>>;
  /** Checks a stored value's shape; a wrong one is treated as a miss. */
  accept: (value: CacheValue) => value is V;
}

const refreshing = new Map<string, Promise<unknown>>();

async function loadAndStore<V extends CacheValue>(cache: CacheHandler, input: ReadThroughInput<V>): Promise<Loaded<V>> {
  const loaded = await input.load();
  if (loaded.store) {
    await cache.set(input.key, loaded.value, { revalidate: loaded.revalidate, expire: loaded.expire, tags: loaded.tags });
  }
  return loaded;
}

/**
 * The cached value for `key`: fresh from the store, stale from the store while
 * one background load replaces it, or loaded now (and stored) on a miss.
 */
export async function readThrough<V extends CacheValue>(input: ReadThroughInput<V>): Promise<Omit<Loaded<V>, "store">> {
  const store = peekRequestStore();
  if (!store) {
    const loaded = await input.load();
    return loaded;
  }
  // A Server Action that called updateTag/revalidateTag re-renders in the same
  // request: its tag writes must land before this read (revalidation.ts).
  await settleRevalidations(rootStoreOf(store));
  const cache = dataCacheFor(store.request);
  const hit = await cache.get(input.key, { implicitTags: implicitDataTags(rootStoreOf(store)) });

  // A page render whose result will be stored (ISR) must not store stale data
  // again: it waits for fresh data. Responses that are not stored get the stale value.
  const root = rootStoreOf(store);
  const storedPage = root.phase === "render" && !root.dynamicUsed && root.segmentDynamic !== "force-dynamic";
  if (hit && input.accept(hit.value) && !(hit.state === "stale" && storedPage)) {
    if (hit.state === "stale" && !refreshing.has(input.key)) {
      const work = loadAndStore(cache, input)
        .catch((error) => console.error(`[vinext] Refreshing cached data failed; the stale value stays in place.`, error))
        .finally(() => refreshing.delete(input.key));
      refreshing.set(input.key, work);
      waitUntil(root.request, work);
    }
    return { value: hit.value, revalidate: hit.revalidate, expire: hit.expire, tags: hit.tags };
  }
  return loadAndStore(cache, input);
}
