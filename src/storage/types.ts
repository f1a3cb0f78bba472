// The cache-handler interface the ISR and data-cache layers use (DESIGN.md §2
// Storage). One implementation sits on an unstorage instance (handler.ts); what
// is stored is opaque here except that binary fields (Uint8Array) survive.

/** A value put into the cache: JSON data whose Uint8Array fields are kept as bytes. */
export type CacheValue = { [key: string]: unknown };

export interface CacheSetOptions {
  /** Seconds the entry is fresh; false = until revalidated on demand. */
  revalidate: number | false;
  /** Seconds after which a stale entry must not be served any more (Next's `expire`). */
  expire?: number;
  /** Tags (explicit ones and the implicit `_N_T_` path tags) that revalidate this entry. */
  tags?: readonly string[];
  /** When the value was generated, if not now (a page pre-rendered at build time). */
  lastModified?: number;
}

export type CacheState = "fresh" | "stale";

export interface CacheHit<V extends CacheValue = CacheValue> {
  value: V;
  state: CacheState;
  /** When the entry was generated (ms since epoch). */
  lastModified: number;
  revalidate: number | false;
  expire?: number;
  tags: string[];
}

export interface RevalidateTagOptions {
  /**
   * Seconds until entries with the tag expire. 0 (updateTag, `{ expire: 0 }`)
   * means readers must not see them at all; otherwise they are served stale
   * while one request regenerates them (Next 16's `revalidateTag(tag, 'max')`).
   */
  expire?: number;
}

export interface CacheHandler {
  /** The entry for `key` if there is one that may still be served (fresh or stale). */
  get<V extends CacheValue = CacheValue>(key: string, options?: { implicitTags?: readonly string[] }): Promise<CacheHit<V> | null>;
  set(key: string, value: CacheValue, options: CacheSetOptions): Promise<void>;
  /** True when the store holds an entry for `key`, servable or not (expired by a tag, say). */
  has(key: string): Promise<boolean>;
  /** Marks every entry carrying one of `tags` stale (or expired). */
  revalidateTag(tags: string | readonly string[], options?: RevalidateTagOptions): Promise<void>;
}
