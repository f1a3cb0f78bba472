// Where data-cache entries live: the request's ISR store in production, an
// in-memory store in dev and while pre-rendering (Next keeps a data cache in dev
// too). Kept apart from data-cache.ts so revalidation.ts (also used outside the
// rsc environment) does not pull in the request store.
import { serverConfig } from "virtual:vinext/server-config";
import { createCacheHandler, type CacheHandler, type StorageLike } from "../../storage";
import { cacheHandlerFor } from "./isr-storage";

/** Entries kept by the in-memory store before the oldest are dropped. */
const MEMORY_ENTRIES = 2000;

/** A Map-backed StorageLike with a size bound and TTLs (dev and pre-rendering). */
export function createMemoryStorage(limit = MEMORY_ENTRIES, now: () => number = Date.now): StorageLike {
  const items = new Map<string, { value: string; until?: number }>();
  return {
    async getItem(key) {
      const item = items.get(key);
      if (!item) return null;
      if (item.until !== undefined && now() >= item.until) {
        items.delete(key);
        return null;
      }
      return item.value;
    },
    async setItem(key, value, options) {
      items.delete(key);
      items.set(key, { value, until: options?.ttl ? now() + options.ttl * 1000 : undefined });
      while (items.size > limit) items.delete(items.keys().next().value!);
    },
    async removeItem(key) {
      items.delete(key);
    },
  };
}

// Per process, not per module copy: the dev server may load this module again
// (dependency re-optimization), and reads and revalidations must meet one store.
const MEMORY_KEY = Symbol.for("vinext.data-cache.memory");

/** The cache handler data entries of `request` live in. */
export function dataCacheFor(request: Request): CacheHandler {
  const shared = cacheHandlerFor(request);
  if (shared) return shared;
  const globals = globalThis as Record<symbol, CacheHandler | undefined>;
  return (globals[MEMORY_KEY] ??= createCacheHandler({ storage: createMemoryStorage(), scope: { buildId: serverConfig.buildId, host: "memory" } }));
}
