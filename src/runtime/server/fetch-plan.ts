// How one server-side fetch interacts with the data cache, from its `cache`
// and `next: { revalidate, tags }` options. Pure; table-tested.
// Next's defaults (15+): no option = not cached and the page may stay static;
// `no-store` / `revalidate: 0` = not cached and the page renders per request;
// `force-cache` = cached until revalidated; `revalidate: N` = cached N seconds.
// https://nextjs.org/docs/app/api-reference/functions/fetch

export interface FetchPlan {
  /** Read from / write to the data cache. */
  cached: boolean;
  revalidate: number | false;
  tags: string[];
  /** The page must render per request (no-store / revalidate 0). */
  dynamic: boolean;
  /** Problems to log once (conflicting options, dropped tags). */
  warnings: string[];
}

/** Next's limits for custom tags. */
export const MAX_TAG_LENGTH = 256;
export const MAX_TAGS = 128;

/** Valid tags, with a warning for each one dropped (Next drops and warns too). */
export function validTags(value: unknown, where: string, warnings: string[]): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    warnings.push(`${where}: tags must be an array of strings; they were ignored.`);
    return [];
  }
  const tags: string[] = [];
  for (const tag of value) {
    if (typeof tag !== "string" || tag.length === 0) warnings.push(`${where}: the tag ${JSON.stringify(tag)} is not a non-empty string and was ignored.`);
    else if (tag.length > MAX_TAG_LENGTH) warnings.push(`${where}: the tag "${tag.slice(0, 40)}…" is longer than ${MAX_TAG_LENGTH} characters and was ignored.`);
    else if (tags.length >= MAX_TAGS) warnings.push(`${where}: only the first ${MAX_TAGS} tags are kept.`);
    else tags.push(tag);
  }
  return tags;
}

/** Route segment config `fetchCache` (https://nextjs.org/docs/app/api-reference/file-conventions/route-segment-config#fetchcache). */
export type FetchCacheMode = "auto" | "default-cache" | "only-cache" | "force-cache" | "default-no-store" | "only-no-store" | "force-no-store";

export const FETCH_CACHE_MODES: readonly FetchCacheMode[] = ["auto", "default-cache", "only-cache", "force-cache", "default-no-store", "only-no-store", "force-no-store"];

const NOT_CACHED = { cached: false, revalidate: 0, dynamic: true } as const;
const CACHED_FOREVER = { cached: true, revalidate: false, dynamic: false } as const;

/**
 * @example planFetch("force-cache", undefined) // cached, revalidate false
 * @example planFetch(undefined, { revalidate: 60, tags: ["a"] }) // cached for 60 s, tagged "a"
 * @example planFetch("no-store", undefined) // not cached, page dynamic
 * @example planFetch(undefined, undefined, url, "default-cache") // cached, revalidate false
 * Throws a `[vinext]` error for an option an `only-*` fetchCache forbids (Next throws too).
 */
export function planFetch(cache: string | undefined, next: unknown, url = "fetch", pageMode: FetchCacheMode = "auto"): FetchPlan {
  const warnings: string[] = [];
  const options = (next && typeof next === "object" ? next : {}) as { revalidate?: unknown; tags?: unknown };
  let revalidate: number | false | undefined;
  if (options.revalidate === false) revalidate = false;
  else if (typeof options.revalidate === "number" && options.revalidate >= 0) revalidate = options.revalidate;
  else if (options.revalidate !== undefined) warnings.push(`${url}: next.revalidate must be false or a number of seconds ≥ 0; it was ignored.`);
  const tags = validTags(options.tags, url, warnings);
  let mode = cache === "no-cache" ? "no-store" : cache === "default" ? undefined : cache;
  if ((mode === "no-store" && revalidate !== undefined && revalidate !== 0) || (mode === "force-cache" && revalidate === 0)) {
    warnings.push(`${url}: cache: "${cache}" and next.revalidate: ${String(revalidate)} conflict; both were ignored.`);
    mode = undefined;
    revalidate = undefined;
  }
  const plan = (base: { cached: boolean; revalidate: number | false; dynamic: boolean }): FetchPlan => ({ ...base, tags, warnings });
  const unset = mode === undefined && revalidate === undefined;
  // The segment's fetchCache first: force-* overrides the fetch's own options,
  // only-* rejects the opposite one, default-* fills in when the fetch sets none.
  // Next: test/e2e/app-dir/app-static (fetchCache pages), packages/next/src/server/lib/patch-fetch.ts.
  switch (pageMode) {
    case "force-no-store":
      return plan(NOT_CACHED);
    case "only-no-store":
      if (mode === "force-cache") throw new Error(onlyError(url, 'cache: "force-cache"', pageMode));
      return plan(NOT_CACHED);
    case "force-cache":
      return plan(revalidate === undefined || revalidate === 0 ? CACHED_FOREVER : { cached: true, revalidate, dynamic: false });
    case "only-cache":
      if (mode === "no-store") throw new Error(onlyError(url, `cache: "${cache}"`, pageMode));
      if (unset) return plan(CACHED_FOREVER);
      break;
    case "default-cache":
      if (unset) return plan(CACHED_FOREVER);
      break;
    case "default-no-store":
      if (unset) return plan(NOT_CACHED);
      break;
  }
  if (mode === "no-store" || revalidate === 0) return plan(NOT_CACHED);
  if (mode === "force-cache" || revalidate !== undefined) return plan({ cached: true, revalidate: revalidate ?? false, dynamic: false });
  return plan({ cached: false, revalidate: false, dynamic: false });
}

function onlyError(url: string, option: string, pageMode: FetchCacheMode): string {
  const fix = pageMode === "only-cache" ? "let the fetch be cached" : "drop the cache option";
  return `[vinext] fetch ${url}: ${option} is not allowed by \`export const fetchCache = "${pageMode}"\` on this route. Remove the option (${fix}) or change the route's fetchCache.`;
}
