// The cache handler on an unstorage instance (the `isr` mount). Every storage
// call is guarded: a driver that throws or returns garbage costs a miss and a
// logged warning, never a failed request; a corrupt entry is removed.
import type { CacheHandler, CacheHit, CacheSetOptions, CacheValue, RevalidateTagOptions } from "./types";
import { decodeEntry, encodeEntry } from "./codec";
import { entryKey, tagKey, type KeyScope } from "./keys";
import { isTagRecord, judgeByTags, nextTagRecord, type TagRecord } from "./tags";

/** The part of unstorage's Storage the handler uses. */
export interface StorageLike {
  getItem(key: string): Promise<unknown>;
  setItem(key: string, value: string, options?: { ttl?: number }): Promise<void>;
  removeItem(key: string): Promise<void>;
}

interface StoredEntry {
  v: 1;
  value: CacheValue;
  lastModified: number;
  revalidate: number | false;
  expire?: number;
  tags: string[];
}

export interface CacheHandlerOptions {
  storage: StorageLike;
  scope: KeyScope;
  now?: () => number;
  warn?: (message: string, cause?: unknown) => void;
}

function isStoredEntry(value: unknown): value is StoredEntry {
  const entry = value as StoredEntry;
  return (
    !!entry && entry.v === 1 && typeof entry.lastModified === "number" && !!entry.value && typeof entry.value === "object" &&
    (entry.revalidate === false || typeof entry.revalidate === "number") && Array.isArray(entry.tags)
  );
}

const CORRUPT = Symbol("corrupt entry");

function defaultWarn(message: string, cause?: unknown): void {
  console.warn(`[vinext] ${message}`, cause instanceof Error ? cause.message : (cause ?? ""));
}

export function createCacheHandler({ storage, scope, now = Date.now, warn = defaultWarn }: CacheHandlerOptions): CacheHandler {
  async function readTags(tags: readonly string[]): Promise<(TagRecord | undefined)[]> {
    return Promise.all(
      tags.map(async (tag) => {
        const raw = await storage.getItem(await tagKey(scope, tag));
        if (raw === null || raw === undefined) return undefined;
        const record = typeof raw === "string" ? JSON.parse(raw) : raw;
        return isTagRecord(record) ? record : undefined;
      }),
    );
  }

  async function readEntry(key: string): Promise<StoredEntry | null | typeof CORRUPT> {
    const raw = await storage.getItem(key);
    if (raw === null || raw === undefined) return null;
    try {
      const entry = decodeEntry(raw);
      return isStoredEntry(entry) ? entry : CORRUPT;
    } catch {
      return CORRUPT;
    }
  }

  return {
    async get<V extends CacheValue>(logical: string, options: { implicitTags?: readonly string[] } = {}): Promise<CacheHit<V> | null> {
      let key: string | undefined;
      try {
        key = await entryKey(scope, logical);
        let entry = await readEntry(key);
        // A read racing a write (fs writes are not atomic) can see half a file: look once more before discarding.
        if (entry === CORRUPT) entry = await new Promise((resolve) => setTimeout(resolve, 25)).then(() => readEntry(key!));
        if (entry === null) return null;
        if (entry === CORRUPT) {
          warn(`discarded a corrupt cache entry for ${logical}`);
          await storage.removeItem(key).catch(() => {});
          return null;
        }
        const at = now();
        if (entry.expire !== undefined && at - entry.lastModified >= entry.expire * 1000) return null;
        const verdict = judgeByTags(await readTags([...entry.tags, ...(options.implicitTags ?? [])]), entry.lastModified, at);
        if (verdict === "expired") return null;
        const timedOut = entry.revalidate !== false && at - entry.lastModified >= entry.revalidate * 1000;
        return {
          value: entry.value as V,
          state: verdict === "stale" || timedOut ? "stale" : "fresh",
          lastModified: entry.lastModified,
          revalidate: entry.revalidate,
          expire: entry.expire,
          tags: entry.tags,
        };
      } catch (error) {
        warn(`cache read failed for ${logical}; rendering without the cache.`, error);
        return null;
      }
    },

    async has(logical: string): Promise<boolean> {
      try {
        const raw = await storage.getItem(await entryKey(scope, logical));
        return raw !== null && raw !== undefined;
      } catch (error) {
        warn(`cache read failed for ${logical}.`, error);
        return false;
      }
    },

    async set(logical: string, value: CacheValue, options: CacheSetOptions): Promise<void> {
      try {
        const entry: StoredEntry = {
          v: 1,
          value,
          lastModified: options.lastModified ?? now(),
          revalidate: options.revalidate,
          ...(options.expire !== undefined ? { expire: options.expire } : {}),
          tags: [...new Set(options.tags ?? [])],
        };
        // The storage TTL follows `expire`, not `revalidate`: a stale entry must
        // stay readable until it has been regenerated.
        const ttl = options.expire !== undefined ? Math.max(60, Math.ceil(options.expire)) : undefined;
        await storage.setItem(await entryKey(scope, logical), encodeEntry(entry), ttl ? { ttl } : undefined);
      } catch (error) {
        warn(`cache write failed for ${logical}; the response was still served.`, error);
      }
    },

    async revalidateTag(tags: string | readonly string[], options: RevalidateTagOptions = {}): Promise<void> {
      const list = typeof tags === "string" ? [tags] : [...tags];
      const at = now();
      await Promise.all(
        list.map(async (tag) => {
          try {
            const [previous] = await readTags([tag]);
            await storage.setItem(await tagKey(scope, tag), JSON.stringify(nextTagRecord(previous, at, options.expire)));
          } catch (error) {
            warn(`could not record the revalidation of tag "${tag}".`, error);
          }
        }),
      );
    },
  };
}
