// Next's Cache-Control values for pages and route handlers
// (test/e2e/app-dir/app-static, test/e2e/prerender): `s-maxage=N,
// stale-while-revalidate=<expire - N>` for ISR, one year for pages that only
// change on demand, and no-store for dynamic ones.

export const ONE_YEAR = 31536000;
export const NO_STORE = "private, no-cache, no-store, max-age=0, must-revalidate";

/** `expire` is next.config `expireTime` (seconds, one year by default). */
export function isrCacheControl(revalidate: number | false | undefined, expire: number = ONE_YEAR): string {
  if (revalidate === 0) return NO_STORE;
  if (revalidate === false || revalidate === undefined) return `s-maxage=${ONE_YEAR}`;
  if (expire > revalidate) return `s-maxage=${revalidate}, stale-while-revalidate=${expire - revalidate}`;
  return `s-maxage=${revalidate}`;
}

export type CacheStatus = "HIT" | "STALE" | "MISS" | "REVALIDATED";

/** The response header Next sets to say how the cache answered. */
export const CACHE_STATUS_HEADER = "x-nextjs-cache";
