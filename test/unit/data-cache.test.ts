// The data cache's pure parts: how a fetch's options decide caching (Next's
// fetch docs and test/e2e/app-dir/app-static), fetch cache keys, stored
// responses surviving the storage codec, cacheLife profiles (docs
// app/api-reference/functions/cacheLife) and the 'use cache' directive forms.
import { describe, expect, it } from "vitest";
import { BUILTIN_PROFILES, resolveCacheLife, resolveCacheLifeConfig, shortenLife } from "../../src/runtime/server/cache-life";
import { planFetch, validTags } from "../../src/runtime/server/fetch-plan";
import { decodeEntry, encodeEntry } from "../../src/storage/codec";
import { fetchCacheKey, fromCachedFetch, isCachedFetch, toCachedFetch } from "../../src/storage/fetch-cache";
import { directiveKind, resolveCacheConfig } from "../../src/vite/use-cache-plugin";

describe("planFetch", () => {
  it.each([
    ["no options: not cached, page may stay static", undefined, undefined, { cached: false, dynamic: false, revalidate: false }],
    ["force-cache: cached until revalidated", "force-cache", undefined, { cached: true, dynamic: false, revalidate: false }],
    ["next.revalidate: N", undefined, { revalidate: 60 }, { cached: true, dynamic: false, revalidate: 60 }],
    ["next.revalidate: false", undefined, { revalidate: false }, { cached: true, dynamic: false, revalidate: false }],
    ["no-store: page dynamic", "no-store", undefined, { cached: false, dynamic: true, revalidate: 0 }],
    ["no-cache is no-store", "no-cache", undefined, { cached: false, dynamic: true, revalidate: 0 }],
    ["revalidate: 0: page dynamic", undefined, { revalidate: 0 }, { cached: false, dynamic: true, revalidate: 0 }],
    ["force-cache with revalidate N", "force-cache", { revalidate: 5 }, { cached: true, dynamic: false, revalidate: 5 }],
    ["no-store + revalidate N conflict: both ignored", "no-store", { revalidate: 60 }, { cached: false, dynamic: false, revalidate: false }],
    ["force-cache + revalidate 0 conflict: both ignored", "force-cache", { revalidate: 0 }, { cached: false, dynamic: false, revalidate: false }],
  ] as const)("%s", (_name, cache, next, expected) => {
    expect(planFetch(cache, next)).toMatchObject(expected);
  });

  it("warns about conflicts and bad values", () => {
    expect(planFetch("no-store", { revalidate: 60 }, "https://a.example").warnings[0]).toMatch(/conflict/);
    expect(planFetch(undefined, { revalidate: -1 }).warnings[0]).toMatch(/revalidate must be false or a number/);
  });

  it("keeps tags, dropping invalid ones with a warning (max 256 characters, 128 tags)", () => {
    const warnings: string[] = [];
    const tags = validTags(["a", "", 3, "x".repeat(257), ...Array.from({ length: 130 }, (_, i) => `t${i}`)], "fetch", warnings);
    expect(tags[0]).toBe("a");
    expect(tags).toHaveLength(128);
    expect(warnings.some((w) => w.includes("longer than 256"))).toBe(true);
    expect(planFetch(undefined, { tags: ["posts"] }).tags).toEqual(["posts"]);
  });
});

describe("fetchCacheKey", () => {
  const base = { url: "https://api.example/items", method: "GET", headers: new Headers() };

  it("is the same for the same request, whatever the header order or tracing headers", async () => {
    const a = await fetchCacheKey({ ...base, headers: new Headers([["x-a", "1"], ["x-b", "2"]]) });
    const b = await fetchCacheKey({ ...base, headers: new Headers([["x-b", "2"], ["x-a", "1"], ["traceparent", "00-abc"]]) });
    expect(a).toBe(b);
  });

  it("differs by URL, method, header value and body", async () => {
    const keys = await Promise.all([
      fetchCacheKey(base),
      fetchCacheKey({ ...base, url: "https://api.example/items?page=2" }),
      fetchCacheKey({ ...base, method: "POST" }),
      fetchCacheKey({ ...base, headers: new Headers({ authorization: "Bearer 1" }) }),
      fetchCacheKey({ ...base, method: "POST", body: new TextEncoder().encode("{\"q\":1}") }),
      fetchCacheKey({ ...base, method: "POST", body: new TextEncoder().encode("{\"q\":2}") }),
    ]);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("stored fetch responses", () => {
  it("keep status, headers, URL and binary bodies through the storage codec", async () => {
    const bytes = new Uint8Array([0, 255, 128, 10, 13, 0x89, 0x50]);
    const original = new Response(bytes, { status: 201, statusText: "Created", headers: { "content-type": "image/png", "x-id": "7" } });
    const entry = await toCachedFetch(original);
    const decoded = decodeEntry(encodeEntry({ value: entry })) as { value: unknown };
    expect(isCachedFetch(decoded.value)).toBe(true);
    const response = fromCachedFetch(decoded.value as typeof entry);
    expect(response.status).toBe(201);
    expect(response.statusText).toBe("Created");
    expect(response.headers.get("x-id")).toBe("7");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes);
    // Each reader gets its own body.
    expect(new Uint8Array(await fromCachedFetch(entry).arrayBuffer())).toEqual(bytes);
  });
});

describe("cacheLife", () => {
  it("has Next's preset profiles", () => {
    expect(resolveCacheLife("default", {})).toEqual({ stale: 300, revalidate: 900, expire: 31536000 });
    expect(resolveCacheLife("seconds", {})).toEqual({ stale: 30, revalidate: 1, expire: 60 });
    expect(resolveCacheLife("hours", {})).toEqual({ stale: 300, revalidate: 3600, expire: 86400 });
    expect(resolveCacheLife("max", {})).toEqual({ stale: 300, revalidate: 2592000, expire: 31536000 });
  });

  it("takes custom and overriding profiles from next.config, filling missing fields", () => {
    const custom = resolveCacheLifeConfig({ biweekly: { stale: 1209600, revalidate: 86400, expire: 1209600 }, days: { revalidate: 900, expire: 86400 } });
    expect(resolveCacheLife("biweekly", custom)).toEqual({ stale: 1209600, revalidate: 86400, expire: 1209600 });
    expect(resolveCacheLife("days", custom)).toEqual({ stale: 300, revalidate: 900, expire: 86400 });
  });

  it("fills inline profiles from the default one", () => {
    expect(resolveCacheLife({}, {})).toEqual(BUILTIN_PROFILES.default);
    expect(resolveCacheLife({ revalidate: 10 }, {})).toEqual({ stale: 300, revalidate: 10, expire: 31536000 });
  });

  it("rejects unknown profiles, bad fields and expire shorter than revalidate", () => {
    expect(() => resolveCacheLife("fortnightly", {})).toThrow(/\[vinext\] cacheLife\("fortnightly"\): no such profile/);
    expect(() => resolveCacheLife({ revalidate: 100, expire: 10 }, {})).toThrow(/"expire" \(10\) must be longer than "revalidate" \(100\)/);
    expect(() => resolveCacheLifeConfig({ x: { revalidat: 1 } })).toThrow(/unknown cache profile field "revalidat"/);
    expect(() => resolveCacheLifeConfig({ x: { revalidate: -1 } })).toThrow(/must be a number of seconds/);
    expect(() => resolveCacheLifeConfig([])).toThrow(/"cacheLife" must be an object/);
  });

  it("shortens an outer cache without its own cacheLife to what it used inside", () => {
    expect(shortenLife(BUILTIN_PROFILES.default!, { revalidate: 60 })).toMatchObject({ revalidate: 60, expire: 31536000 });
    expect(shortenLife(BUILTIN_PROFILES.default!, { revalidate: 3600 })).toMatchObject({ revalidate: 900 });
  });
});

describe("'use cache' directives and config", () => {
  it("knows the directive forms", () => {
    expect(directiveKind("use cache")).toBe("public");
    expect(directiveKind("use cache: remote")).toBe("public");
    expect(directiveKind("use cache: private")).toBe("private");
    expect(directiveKind("use client")).toBeUndefined();
    expect(() => directiveKind("use cache: forever")).toThrow(/Unknown directive "use cache: forever"/);
  });

  it("is enabled by experimental.useCache or cacheComponents", () => {
    expect(resolveCacheConfig({}).enabled).toBe(false);
    expect(resolveCacheConfig({ experimental: { useCache: true } }).enabled).toBe(true);
    expect(resolveCacheConfig({ cacheComponents: true }).enabled).toBe(true);
  });
});
