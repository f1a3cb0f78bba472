// The cache handler over an in-memory store: freshness, tag records (stale vs
// expired), TTL decoupled from revalidate, binary values, key shape, and a store
// that throws or returns garbage. Pure: no server.
import { describe, expect, it } from "vitest";
import { decodeEntry, encodeEntry } from "../../src/storage/codec";
import { createCacheHandler, type StorageLike } from "../../src/storage/handler";
import { entryKey, flatKey, tagKey } from "../../src/storage/keys";
import { implicitPageTags, judgeByTags, nextTagRecord, pathTag } from "../../src/storage/tags";

function memory() {
  const data = new Map<string, string>();
  const ttls = new Map<string, number | undefined>();
  const storage: StorageLike = {
    getItem: async (key) => data.get(key) ?? null,
    setItem: async (key, value, options) => {
      data.set(key, value);
      ttls.set(key, options?.ttl);
    },
    removeItem: async (key) => {
      data.delete(key);
    },
  };
  return { storage, data, ttls };
}

function setup(start = 1_000_000) {
  let now = start;
  const warnings: string[] = [];
  const store = memory();
  const cache = createCacheHandler({ storage: store.storage, scope: { buildId: "b1", host: "example.com" }, now: () => now, warn: (m) => warnings.push(m) });
  return { cache, store, warnings, advance: (ms: number) => (now += ms), now: () => now };
}

describe("cache handler", () => {
  it("is fresh until `revalidate` passes, then stale; expired (gone) after `expire`", async () => {
    const t = setup();
    await t.cache.set("page:/a", { html: "x" }, { revalidate: 10, expire: 100 });
    expect((await t.cache.get("page:/a"))?.state).toBe("fresh");
    t.advance(10_000);
    expect((await t.cache.get("page:/a"))?.state).toBe("stale");
    t.advance(90_000);
    expect(await t.cache.get("page:/a")).toBeNull();
  });

  it("gives the store a TTL from `expire` (at least 60 s), never from `revalidate`", async () => {
    const t = setup();
    await t.cache.set("a", { v: 1 }, { revalidate: 5, expire: 30 });
    await t.cache.set("b", { v: 1 }, { revalidate: 5 });
    const [a, b] = [...t.store.ttls.values()];
    expect(a).toBe(60);
    expect(b).toBeUndefined();
  });

  it("keeps Uint8Array values byte for byte", async () => {
    const t = setup();
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 7) % 256);
    await t.cache.set("bin", { body: bytes }, { revalidate: false });
    const hit = await t.cache.get<{ body: Uint8Array }>("bin");
    expect(hit?.value.body).toEqual(bytes);
  });

  it("a tag revalidated with a profile marks entries stale; with expire 0 they are gone", async () => {
    const t = setup();
    await t.cache.set("p", { v: 1 }, { revalidate: false, tags: ["posts"] });
    t.advance(1);
    await t.cache.revalidateTag("posts");
    expect((await t.cache.get("p"))?.state).toBe("stale");
    t.advance(1);
    await t.cache.revalidateTag("posts", { expire: 0 });
    expect(await t.cache.get("p")).toBeNull();
    // An entry written after the revalidation is fresh again.
    t.advance(1);
    await t.cache.set("p", { v: 2 }, { revalidate: false, tags: ["posts"] });
    expect((await t.cache.get("p"))?.state).toBe("fresh");
  });

  it("checks implicit tags passed on read (revalidatePath)", async () => {
    const t = setup();
    await t.cache.set("app:/blog/a", { v: 1 }, { revalidate: false });
    const tags = implicitPageTags("/blog/a", "/blog/[slug]");
    t.advance(1);
    await t.cache.revalidateTag(pathTag("/blog/[slug]", "page"), { expire: 0 });
    expect(await t.cache.get("app:/blog/a", { implicitTags: tags })).toBeNull();
    expect(await t.cache.get("app:/blog/a")).not.toBeNull();
  });

  it("discards a corrupt entry (after a second look) and warns", async () => {
    const t = setup();
    await t.cache.set("c", { v: 1 }, { revalidate: false });
    const key = [...t.store.data.keys()][0]!;
    t.store.data.set(key, "{not json");
    expect(await t.cache.get("c")).toBeNull();
    expect(t.store.data.has(key)).toBe(false);
    expect(t.warnings.join("\n")).toContain("discarded a corrupt cache entry for c");
  });

  it("turns a throwing store into misses and warnings, never a rejection", async () => {
    const failing: StorageLike = {
      getItem: async () => {
        throw new Error("down");
      },
      setItem: async () => {
        throw new Error("down");
      },
      removeItem: async () => {
        throw new Error("down");
      },
    };
    const warnings: string[] = [];
    const cache = createCacheHandler({ storage: failing, scope: { buildId: "b", host: "h" }, warn: (m) => warnings.push(m) });
    await expect(cache.get("x")).resolves.toBeNull();
    await expect(cache.set("x", { v: 1 }, { revalidate: 1 })).resolves.toBeUndefined();
    await expect(cache.revalidateTag("t")).resolves.toBeUndefined();
    expect(warnings).toHaveLength(3);
  });
});

describe("keys", () => {
  it("scope entries by build and host, tags by build only; no driver-unsafe characters", async () => {
    const entry = await entryKey({ buildId: "b1", host: "example.com:3000" }, "app:/search?q=a/b");
    expect(entry.startsWith("b1:example.com_3000:entries:")).toBe(true);
    expect(entry.split(":").at(-1)).toMatch(/^[A-Za-z0-9._-]+$/);
    expect(await tagKey({ buildId: "b1", host: "x" }, "posts")).toBe(await tagKey({ buildId: "b1", host: "y" }, "posts"));
    expect(await entryKey({ buildId: "b2", host: "x" }, "k")).not.toBe(await entryKey({ buildId: "b1", host: "x" }, "k"));
  });

  it("hashes long keys to a short segment, distinct for distinct keys", async () => {
    const a = await flatKey("x".repeat(5000));
    const b = await flatKey(`${"x".repeat(4999)}y`);
    expect(a.length).toBeLessThan(100);
    expect(a).not.toBe(b);
  });
});

describe("tags", () => {
  it("judges by the latest revalidation; expiry stays once it applied", () => {
    const expired = nextTagRecord(undefined, 100, 0);
    const restaled = nextTagRecord(expired, 200, undefined);
    expect(judgeByTags([restaled], 50, 300)).toBe("expired");
    expect(judgeByTags([restaled], 150, 300)).toBe("stale");
    expect(judgeByTags([restaled], 250, 300)).toBe("fresh");
  });

  it("`{ expire: N }` serves stale entries until N seconds passed, then expires them", () => {
    const record = nextTagRecord(undefined, 1000, 5);
    expect(judgeByTags([record], 500, 2000)).toBe("stale");
    expect(judgeByTags([record], 500, 6000)).toBe("expired");
  });

  it("names Next's implicit tags for paths and layouts", () => {
    expect(implicitPageTags("/blog/a", "/blog/[slug]")).toEqual(["_N_T_/layout", "_N_T_/blog/layout", "_N_T_/blog/[slug]/layout", "_N_T_/blog/[slug]/page", "_N_T_/blog/a"]);
    expect(pathTag("/", "layout")).toBe("_N_T_/layout");
    expect(pathTag("/blog/")).toBe("_N_T_/blog");
  });
});

describe("codec", () => {
  it("round-trips nested binary and rejects garbage", () => {
    const value = { a: [new Uint8Array([1, 2, 3])], b: { c: "d" } };
    expect(decodeEntry(encodeEntry(value))).toEqual(value);
    expect(() => decodeEntry("{nope")).toThrow();
  });
});
