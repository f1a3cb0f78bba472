// Route segment config `fetchCache`: how it changes one fetch's plan, and how the
// layouts and page of a route combine. Docs: route-segment-config#fetchcache
// ("Cross route segment behavior"); Next: test/e2e/app-dir/app-static (fetchCache pages).
import { describe, expect, it } from "vitest";
import { planFetch, type FetchCacheMode } from "../../src/runtime/server/fetch-plan";
import { resolveFetchCache } from "../../src/runtime/rsc/segment-config";

const CACHED = { cached: true, dynamic: false, revalidate: false };
const NOT_CACHED = { cached: false, dynamic: true, revalidate: 0 };
const PLAIN = { cached: false, dynamic: false, revalidate: false };

describe("planFetch with the route's fetchCache", () => {
  it.each<[FetchCacheMode, string | undefined, { revalidate?: number } | undefined, object]>([
    ["auto", undefined, undefined, PLAIN],
    ["default-cache", undefined, undefined, CACHED],
    ["default-cache", "no-store", undefined, NOT_CACHED],
    ["default-cache", "default", undefined, CACHED],
    ["default-cache", undefined, { revalidate: 30 }, { cached: true, revalidate: 30 }],
    ["only-cache", undefined, undefined, CACHED],
    ["only-cache", undefined, { revalidate: 30 }, { cached: true, revalidate: 30 }],
    ["force-cache", "no-store", undefined, CACHED],
    ["force-cache", undefined, { revalidate: 0 }, CACHED],
    ["force-cache", undefined, { revalidate: 30 }, { cached: true, revalidate: 30 }],
    ["default-no-store", undefined, undefined, NOT_CACHED],
    ["default-no-store", "force-cache", undefined, CACHED],
    ["only-no-store", undefined, undefined, NOT_CACHED],
    ["only-no-store", undefined, { revalidate: 30 }, NOT_CACHED],
    ["force-no-store", "force-cache", undefined, NOT_CACHED],
    ["force-no-store", undefined, { revalidate: 30 }, NOT_CACHED],
  ])("%s with cache %s, next %j", (mode, cache, next, expected) => {
    expect(planFetch(cache, next, "https://api.example/x", mode)).toMatchObject(expected);
  });

  it.each<[FetchCacheMode, string]>([
    ["only-cache", "no-store"],
    ["only-cache", "no-cache"],
    ["only-no-store", "force-cache"],
  ])("%s rejects cache: %s with a [vinext] error naming the fetch", (mode, cache) => {
    expect(() => planFetch(cache, undefined, "https://api.example/x", mode)).toThrow(
      new RegExp(`^\\[vinext\\] fetch https://api\\.example/x: cache: "${cache}" is not allowed by \`export const fetchCache = "${mode}"\``),
    );
  });
});

const route = (...modes: (FetchCacheMode | undefined)[]) =>
  modes.map((fetchCache, i) => ({ file: i === modes.length - 1 ? "app/x/page.tsx" : `app/layout-${i}.tsx`, mod: fetchCache ? { fetchCache } : {} }));

describe("resolveFetchCache: layouts and page of one route", () => {
  it.each<[(FetchCacheMode | undefined)[], FetchCacheMode]>([
    [[undefined, undefined], "auto"],
    [["default-cache", undefined], "default-cache"],
    [["auto", "only-no-store"], "only-no-store"],
    // The deepest segment wins...
    [["default-cache", "default-no-store"], "default-no-store"],
    // ...except that a force-* value decides for the whole route, over only-*.
    [["force-cache", "only-cache"], "force-cache"],
    [["only-no-store", "force-no-store"], "force-no-store"],
    [["force-no-store", "auto"], "force-no-store"],
  ])("%j → %s", (modes, expected) => {
    expect(resolveFetchCache(route(...modes))).toBe(expected);
  });

  it.each<[(FetchCacheMode | undefined)[], RegExp]>([
    [["only-cache", "only-no-store"], /app\/x\/page\.tsx: `fetchCache = "only-no-store"` conflicts with `fetchCache = "only-cache"` in app\/layout-0\.tsx/],
    [["force-no-store", "force-cache"], /`fetchCache = "force-no-store"` conflicts with `fetchCache = "force-cache"`/],
    [["default-no-store", "auto"], /app\/x\/page\.tsx: `fetchCache = "auto"` under a layout with `fetchCache = "default-no-store"` \(app\/layout-0\.tsx\)/],
    [["default-no-store", undefined, "only-cache"], /`fetchCache = "only-cache"` under a layout with `fetchCache = "default-no-store"`/],
  ])("%j is a [vinext] error naming both files", (modes, message) => {
    expect(() => resolveFetchCache(route(...modes))).toThrow(message);
    expect(() => resolveFetchCache(route(...modes))).toThrow(/^\[vinext\]/);
  });

  it("rejects an unknown value, naming the file and the allowed ones", () => {
    expect(() => resolveFetchCache([{ file: "app/page.tsx", mod: { fetchCache: "cache-all" } }])).toThrow(
      /^\[vinext\] app\/page\.tsx: `export const fetchCache` must be one of "auto", .*"force-no-store" \(got "cache-all"\)/,
    );
  });
});
