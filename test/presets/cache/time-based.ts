// Time-based ISR (`export const revalidate = N`): served from the store while
// fresh, stale once N seconds passed while exactly one background render
// replaces it. Mirrors test/e2e/app-dir/app-static (revalidate) and
// test/e2e/prerender (x-nextjs-cache, Cache-Control).
import { expect, it } from "vitest";
import { sleep, visit, visitUntil, type CacheContext } from "../cache-suite";

export default function timeBased({ get }: CacheContext) {
  it("serves the pre-rendered page from the store, stale after `revalidate`, then the regenerated page", async () => {
    const first = await visit(get, "/isr/timed");
    expect(first.status).toBe(200);
    // MISS when another test revalidated the root layout (on-demand.ts) before this one.
    expect(["HIT", "STALE", "MISS"]).toContain(first.cache);
    expect(first.cacheControl).toBe("s-maxage=2, stale-while-revalidate=31535998");
    const stale = await visitUntil(get, "/isr/timed", (v) => v.cache === "STALE");
    // The stale answer is the old page; a later request gets the page regenerated in the background.
    const fresh = await visitUntil(get, "/isr/timed", (v) => v.cache === "HIT" && v.stamp !== stale.stamp);
    expect(fresh.status).toBe(200);
    const again = await visit(get, "/isr/timed");
    expect(again).toMatchObject({ cache: "HIT", stamp: fresh.stamp });
  });

  it("serves the page's Flight from the same entry for client navigations", async () => {
    const res = await get("/isr/timed.rsc");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/x-component/);
    expect(["HIT", "STALE"]).toContain(res.headers.get("x-nextjs-cache"));
    expect(await res.text()).toContain("Timed");
  });

  it("renders a path generateStaticParams did not list on first request, then serves it from the store", async () => {
    const path = `/isr/posts/p-${Date.now()}`;
    const first = await visit(get, path);
    expect(first).toMatchObject({ status: 200, cache: "MISS" });
    await sleep(200); // the copy is written after the response streamed
    const second = await visitUntil(get, path, (v) => v.cache === "HIT");
    expect(second.stamp).toBe(first.stamp);
    expect(second.cacheControl).toBe("s-maxage=31536000");
  });

  it("never stores a page that read per-request data", async () => {
    const a = await get("/dynamic", { headers: { cookie: "who=ada" } });
    const bodyA = await a.text();
    expect(bodyA).toContain('data-testid="who">ada<');
    const b = await get("/dynamic", { headers: { cookie: "who=bob" } });
    expect(await b.text()).toContain('data-testid="who">bob<');
    expect(b.headers.get("x-nextjs-cache")).not.toBe("HIT");
    expect(b.headers.get("cache-control")).toBe("private, no-cache, no-store, max-age=0, must-revalidate");
  });
}
