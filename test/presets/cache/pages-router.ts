// Pages Router ISR: getStaticProps `revalidate`, on-demand `res.revalidate()`,
// and the `/_next/data` JSON served from the same entry as the page.
// Mirrors test/e2e/prerender (revalidate, on-demand revalidate, fallback 'blocking').
import { expect, it } from "vitest";
import { sleep, visit, visitUntil, type CacheContext } from "../cache-suite";

export default function pagesRouter({ get }: CacheContext) {
  it("serves a getStaticProps page from the store, stale after `revalidate`, then regenerated", async () => {
    const first = await visit(get, "/gsp/timed");
    // MISS when another test revalidated the root layout (on-demand.ts) before this one.
    expect(["HIT", "STALE", "MISS"]).toContain(first.cache);
    expect(first.cacheControl).toBe("s-maxage=2, stale-while-revalidate=31535998");
    const stale = await visitUntil(get, "/gsp/timed", (v) => v.cache === "STALE");
    const fresh = await visitUntil(get, "/gsp/timed", (v) => v.cache === "HIT" && v.stamp !== stale.stamp);
    // The client's data request reads the same entry.
    const html = await (await get("/gsp/timed")).text();
    const buildId = /"buildId":"([^"]+)"/.exec(html)![1];
    const data = await get(`/_next/data/${buildId}/gsp/timed.json`);
    expect(data.headers.get("content-type")).toMatch(/application\/json/);
    const json = (await data.json()) as { pageProps: { stamp: string } };
    expect([fresh.stamp, (await visit(get, "/gsp/timed")).stamp]).toContain(json.pageProps.stamp);
    expect(data.headers.get("x-vinext-pages-isr")).toBeNull();
  });

  it("renders a 'blocking' fallback path once, then serves it from the store", async () => {
    const path = `/gsp/item-${Date.now()}`;
    const first = await visit(get, path);
    expect(first).toMatchObject({ status: 200, cache: "MISS" });
    await sleep(200);
    const second = await visitUntil(get, path, (v) => v.cache === "HIT");
    expect(second.cacheControl).toBe("s-maxage=31536000");
  });

  it("res.revalidate(path) in an API route: the next request renders the page afresh", async () => {
    const before = await visitUntil(get, "/gsp/one", (v) => v.cache === "HIT");
    const res = await get("/api/pages-revalidate?path=/gsp/one");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ revalidated: true });
    const after = await visit(get, "/gsp/one");
    expect(after.stamp).not.toBe(before.stamp);
  });
}
