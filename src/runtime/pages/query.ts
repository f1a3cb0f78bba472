// Next's `query` object for the Pages Router: search params (repeated keys
// become arrays) overlaid by the route's params, which always win (Next:
// test/integration/getserversideprops "should provide correct query value for dynamic page").
import type { Params } from "../routing/match";

export type Query = Record<string, string | string[]>;

/** @example searchToQuery(new URLSearchParams("a=1&b=2&a=3")) // { a: ["1", "3"], b: "2" } */
export function searchToQuery(search: URLSearchParams): Query {
  const query: Query = {};
  for (const [key, value] of search) {
    const existing = query[key];
    query[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return query;
}

/** @example buildQuery({ post: "a" }, new URLSearchParams("post=b&x=1")) // { post: "a", x: "1" } */
export function buildQuery(params: Params, search: URLSearchParams): Query {
  return { ...searchToQuery(search), ...params };
}

/** Search params of `query` minus the keys the route fills in (for `resolvedUrl` and hrefs). */
export function queryToSearch(query: Query, omit: Iterable<string> = []): string {
  const skip = new Set(omit);
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (skip.has(key)) continue;
    for (const item of Array.isArray(value) ? value : [value]) search.append(key, item);
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}
