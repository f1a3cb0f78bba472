// The data cache on every host and store: fetch (next.revalidate + tags,
// force-cache, no-store, the uncached default, de-dup within a render),
// unstable_cache, 'use cache' (function, component with pass-through children,
// file level; cacheLife, cacheTag), updateTag from a Server Action, 'use cache:
// private', and the data's revalidate/tags deciding a page's ISR.
// Next: test/e2e/app-dir/app-static (fetch cache, revalidate, tags, de-dup),
// test/e2e/app-dir/use-cache, test/e2e/app-dir/use-cache-private,
// test/e2e/app-dir/revalidate-dynamic, test/e2e/app-dir/actions (updateTag).
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { text } from "../_suite";
import { sleep, type CacheContext } from "../cache-suite";

/** An HTTP server the fixture pages fetch from; it counts hits per path. */
function startHitServer(): Promise<{ server: Server; origin: string; hits: Record<string, number> }> {
  const hits: Record<string, number> = {};
  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0]!;
    hits[path] = (hits[path] ?? 0) + 1;
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify({ hits: hits[path] }));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits })));
}

const decode = (value: string) => value.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, "&");

export default function dataCache({ target, get, html, server }: CacheContext) {
  let hitServer: Awaited<ReturnType<typeof startHitServer>>;
  const values = async (path: string, ids: string[], init?: RequestInit) => {
    const res = await get(path, init);
    const body = await res.text();
    expect(res.status, body.slice(0, 300)).toBe(200);
    return Object.fromEntries(ids.map((id) => [id, text(body, id)]));
  };
  const revalidateTag = async (tag: string, profile?: string) => {
    const res = await get(`/api/data/revalidate?tag=${tag}${profile ? `&profile=${profile}` : ""}`, { method: "POST" });
    expect(res.status).toBe(200);
  };
  const until = async (check: () => Promise<boolean>, ms = 8000) => {
    const deadline = Date.now() + ms;
    while (Date.now() < deadline) {
      if (await check()) return;
      await sleep(150);
    }
    throw new Error("condition not reached in time");
  };

  beforeAll(async () => {
    hitServer = await startHitServer();
    const res = await get(`/api/data/control?origin=${encodeURIComponent(hitServer.origin)}`, { method: "POST" });
    expect(res.status).toBe(200);
  });
  afterAll(() => new Promise<void>((resolve) => (hitServer ? hitServer.server.close(() => resolve()) : resolve())));

  const FETCH_IDS = ["revalidate", "force", "plain", "no-store", "dedup-a", "dedup-b"];

  it("fetch: force-cache and next.revalidate answer from the cache, the default and no-store fetch every time, identical GETs in one render fetch once", async () => {
    const first = await values("/data/fetch", FETCH_IDS);
    const dedupHits = hitServer.hits["/dedup"] ?? 0;
    const second = await values("/data/fetch", FETCH_IDS);
    expect(second.force).toBe(first.force);
    expect(Number(second.plain)).toBeGreaterThan(Number(first.plain));
    expect(Number(second["no-store"])).toBeGreaterThan(Number(first["no-store"]));
    // Two components fetched /dedup in the render; the server saw one request.
    expect(second["dedup-a"]).toBe(second["dedup-b"]);
    expect(hitServer.hits["/dedup"]).toBe(dedupHits + 1);
    expect(hitServer.hits["/force"]).toBe(1);
  });

  it("fetch: revalidateTag(tag) expires a tagged entry, the next request fetches again", async () => {
    const before = await values("/data/fetch", FETCH_IDS);
    await revalidateTag("data-force");
    const after = await values("/data/fetch", FETCH_IDS);
    expect(Number(after.force)).toBe(Number(before.force) + 1);
    expect((await values("/data/fetch", FETCH_IDS)).force).toBe(after.force);
  });

  it("fetch: next.revalidate: 2 serves the entry for 2 s, then stale once while it refreshes", async () => {
    const before = (await values("/data/fetch", FETCH_IDS)).revalidate;
    expect((await values("/data/fetch", FETCH_IDS)).revalidate).toBe(before);
    await sleep(2200);
    await until(async () => (await values("/data/fetch", FETCH_IDS)).revalidate !== before);
  });

  it("unstable_cache: one entry per keyParts + arguments, kept across requests until revalidateTag", async () => {
    const ids = ["one", "two"];
    const first = await values("/data/unstable", ids);
    expect(first.one).toMatch(/^one:\d+$/);
    expect(await values("/data/unstable", ids)).toEqual(first);
    await revalidateTag("data-unstable");
    const after = await values("/data/unstable", ids);
    expect(after.one).not.toBe(first.one);
    expect(after.two).not.toBe(first.two);
    expect(await values("/data/unstable", ids)).toEqual(after);
  });

  const UC_IDS = ["item-a", "item-b", "file", "card", "request"];

  it("'use cache': functions, a component and a file-level export are cached; children passed through render per request", async () => {
    const first = await values("/data/use-cache", UC_IDS);
    const second = await values("/data/use-cache", UC_IDS);
    for (const id of ["item-a", "item-b", "file", "card"]) expect(second[id], id).toBe(first[id]);
    expect(second["item-a"]).toMatch(/^a:\d+$/);
    expect(Number(second.request)).toBeGreaterThan(Number(first.request));
    // The client component inside the cached output is still a client reference (SSR renders it).
    expect(await html("/data/use-cache")).toContain('data-testid="client-badge"');
  });

  it("'use cache': cacheTag entries are revalidated by revalidateTag, other entries stay", async () => {
    const before = await values("/data/use-cache", UC_IDS);
    await revalidateTag("uc-component");
    const after = await values("/data/use-cache", UC_IDS);
    expect(after.card).not.toBe(before.card);
    expect(after["item-a"]).toBe(before["item-a"]);
    expect(after.file).toBe(before.file);
    // With a profile the old value is served once while one request refreshes it (Next 16).
    await revalidateTag("uc-file", "max");
    expect((await values("/data/use-cache", UC_IDS)).file).toBe(before.file);
    await until(async () => (await values("/data/use-cache", UC_IDS)).file !== before.file);
  });

  it("'use cache': updateTag in a Server Action expires the entries, and the action's response already shows new data", async () => {
    const page = await html("/data/use-cache");
    const before = { a: text(page, "item-a"), b: text(page, "item-b") };
    const field = /name="(\$ACTION_ID_[^"]+)"/.exec(page)?.[1];
    expect(field).toBeDefined();
    const form = new FormData();
    form.append(decode(field!), "");
    const res = await get("/data/use-cache", { method: "POST", body: form, headers: { origin: server().url } });
    const body = await res.text();
    expect(res.status, body.slice(0, 300)).toBe(200);
    expect(text(body, "item-a")).not.toBe(before.a);
    expect(text(body, "item-b")).not.toBe(before.b);
    expect((await values("/data/use-cache", UC_IDS))["item-a"]).toBe(text(body, "item-a"));
  });

  it("'use cache: private' reads cookies, runs once per request and is never shared between users", async () => {
    const ids = ["first", "second"];
    const ann = await values("/data/private", ids, { headers: { cookie: "user=ann" } });
    const bob = await values("/data/private", ids, { headers: { cookie: "user=bob" } });
    expect(ann.first).toMatch(/^ann:\d+$/);
    expect(bob.first).toMatch(/^bob:\d+$/);
    expect(ann.second).toBe(ann.first);
    const again = await values("/data/private", ids, { headers: { cookie: "user=ann" } });
    expect(again.first).not.toBe(ann.first);
    const res = await get("/data/private", { headers: { cookie: "user=ann" } });
    expect(res.headers.get("x-nextjs-cache")).not.toBe("HIT");
  });

  it("'use cache' that reads cookies() fails with a [vinext] error naming the function", async () => {
    const res = await get("/data/use-cache/bad");
    expect(res.status).toBe(500);
    await res.text();
    if (target.name.startsWith("node")) expect(server().logs()).toContain("A request-time API (cookies(), headers(), connection(), searchParams) was used inside a 'use cache' function");
  });

  // Dev renders every page (no ISR); the data cache itself runs there too (test/dev/data-cache.test.ts).
  it.skipIf(target.name === "dev")("a static page takes its data's revalidate (unstable_cache revalidate: 2) and is revalidated by the data's tag", async () => {
    let cacheControl: string | null = null;
    await until(async () => {
      const res = await get("/data/isr");
      await res.text();
      cacheControl = res.headers.get("cache-control");
      // Served from the store (fresh or stale): the stored revalidate is the data's.
      return res.headers.get("x-nextjs-cache") === "HIT" || res.headers.get("x-nextjs-cache") === "STALE";
    }, 15000);
    expect(cacheControl).toMatch(/^s-maxage=2\b/);
    const before = (await values("/data/isr", ["data"])).data;
    await revalidateTag("data-isr");
    await until(async () => (await values("/data/isr", ["data"])).data !== before, 15000);
  });

  it("file-level 'use cache' on a page: the page stays static, its output is cached and its cacheTag revalidates it", async () => {
    const first = (await values("/data/cached-page", ["page-run"]))["page-run"];
    expect((await values("/data/cached-page", ["page-run"]))["page-run"]).toBe(first);
    await revalidateTag("uc-page");
    await until(async () => (await values("/data/cached-page", ["page-run"]))["page-run"] !== first);
  });

  it("a no-store fetch makes the page render per request (never stored)", async () => {
    const first = await values("/data/nostore", ["hits"]);
    const res = await get("/data/nostore");
    const body = await res.text();
    expect(res.headers.get("x-nextjs-cache")).not.toBe("HIT");
    expect(Number(text(body, "hits"))).toBeGreaterThan(Number(first.hits));
  });

  // Route segment config fetchCache: a value that stays the same across two requests came from the
  // data cache ("same"), one that grows was fetched again ("fresh"). Docs: route-segment-config#fetchcache;
  // Next: test/e2e/app-dir/app-static (fetchCache pages).
  it.each<[string, Record<string, "same" | "fresh">]>([
    ["default-cache", { plain: "same", "no-store": "fresh", "force-cache": "same" }],
    ["only-cache", { plain: "same", revalidate: "same", "force-cache": "same" }],
    ["force-cache", { plain: "same", "no-store": "same", "force-cache": "same" }],
    ["default-no-store", { plain: "fresh", "no-store": "fresh", "force-cache": "same" }],
    ["only-no-store", { plain: "fresh", "no-store": "fresh", revalidate: "fresh" }],
    ["force-no-store", { plain: "fresh", "no-store": "fresh", "force-cache": "fresh" }],
  ])("fetchCache = %s", async (mode, expected) => {
    const kinds = Object.keys(expected);
    const first = await values(`/data/fetch-cache/${mode}`, kinds);
    const second = await values(`/data/fetch-cache/${mode}`, kinds);
    for (const kind of kinds) {
      expect(first[kind], kind).toMatch(/^\d+$/);
      expect(Number(second[kind]) > Number(first[kind]) ? "fresh" : "same", kind).toBe(expected[kind]);
    }
  });

  it("fetchCache in a route handler: its own default-cache caches a plain fetch, no-store still fetches", async () => {
    const read = async () => (await (await get("/api/data/fetch-cache")).json()) as { plain: number; noStore: number };
    const first = await read();
    const second = await read();
    expect(second.plain).toBe(first.plain);
    expect(second.noStore).toBeGreaterThan(first.noStore);
  });

  it.each([
    ["only-cache-violated", 'cache: "no-store" is not allowed by `export const fetchCache = "only-cache"`'],
    ["only-no-store-violated", 'cache: "force-cache" is not allowed by `export const fetchCache = "only-no-store"`'],
  ])("fetchCache: %s fails with a [vinext] error", async (page, message) => {
    const res = await get(`/data/fetch-cache/${page}`);
    const body = await res.text();
    expect(res.status).toBe(500);
    // Production answers carry a digest only; the server log has the message.
    expect(body).not.toContain(message);
    if (target.name.startsWith("node")) expect(server().logs()).toMatch(new RegExp(`\\[vinext\\][^\\n]*${message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
  });
}
