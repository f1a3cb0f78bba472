// On-demand revalidation: revalidatePath (a path, a route pattern with
// 'page', a layout) and revalidateTag of the page's path tag; the next request
// renders afresh. Mirrors test/e2e/app-dir/revalidate-dynamic and
// test/e2e/app-dir/app-static (revalidatePath).
import { expect, it } from "vitest";
import { visit, visitUntil, type CacheContext } from "../cache-suite";

export default function onDemand({ get }: CacheContext) {
  const revalidate = async (query: string) => {
    const res = await get(`/api/isr/revalidate?${query}`, { method: "POST" });
    expect(res.status).toBe(200);
  };

  it("keeps a static page until revalidatePath(path), then renders it on the next request", async () => {
    const before = await visitUntil(get, "/isr/on-demand", (v) => v.cache === "HIT");
    expect(before.cacheControl).toBe("s-maxage=31536000");
    expect((await visit(get, "/isr/on-demand")).stamp).toBe(before.stamp);
    await revalidate("path=/isr/on-demand");
    const after = await visit(get, "/isr/on-demand");
    expect(after.cache).toBe("MISS");
    expect(after.stamp).not.toBe(before.stamp);
    const cached = await visitUntil(get, "/isr/on-demand", (v) => v.cache === "HIT");
    expect(cached.stamp).toBe(after.stamp);
  });

  it("revalidatePath(pattern, 'page') reaches every path of a dynamic route", async () => {
    const before = await visitUntil(get, "/isr/posts/first", (v) => v.cache === "HIT");
    await revalidate(`path=${encodeURIComponent("/isr/posts/[slug]")}&type=page`);
    const after = await visit(get, "/isr/posts/first");
    expect(after.stamp).not.toBe(before.stamp);
  });

  it("revalidatePath('/', 'layout') reaches every page under the root layout", async () => {
    const before = await visitUntil(get, "/isr/on-demand", (v) => v.cache === "HIT");
    await revalidate("path=/&type=layout");
    expect((await visit(get, "/isr/on-demand")).stamp).not.toBe(before.stamp);
  });

  it("revalidateTag with a profile serves the old page once (stale) while it regenerates", async () => {
    const before = await visitUntil(get, "/isr/on-demand", (v) => v.cache === "HIT");
    await revalidate(`tag=${encodeURIComponent("_N_T_/isr/on-demand")}&profile=max`);
    const stale = await visit(get, "/isr/on-demand");
    expect(stale).toMatchObject({ cache: "STALE", stamp: before.stamp });
    const fresh = await visitUntil(get, "/isr/on-demand", (v) => v.cache === "HIT" && v.stamp !== before.stamp);
    expect(fresh.status).toBe(200);
  });
}
