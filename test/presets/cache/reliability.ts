// Reliability of regeneration: a burst of requests for a stale page causes one
// render; a regeneration that throws keeps the cached page and logs.
import { expect, it } from "vitest";
import { sleep, visit, visitUntil, type CacheContext } from "../cache-suite";

export default function reliability({ get, server }: CacheContext) {
  const renders = async (id: string) => ((await (await get("/api/isr/control")).json()) as Record<string, number>)[id] ?? 0;
  const control = (query: string) => get(`/api/isr/control?${query}`, { method: "POST" });

  it("50 concurrent requests to a stale page cause exactly one regeneration", async () => {
    // Let the page settle: in the store, fresh, with no regeneration running.
    const settled = await visitUntil(get, "/isr/counted", (v) => v.cache === "HIT");
    await sleep(3100); // revalidate = 3
    const before = await renders("counted");
    const burst = await Promise.all(Array.from({ length: 50 }, () => visit(get, "/isr/counted")));
    for (const answer of burst) {
      expect(answer.status).toBe(200);
      expect(["STALE", "HIT"]).toContain(answer.cache);
    }
    expect(burst.filter((answer) => answer.cache === "STALE").every((answer) => answer.stamp === settled.stamp)).toBe(true);
    await visitUntil(get, "/isr/counted", (v) => v.cache === "HIT" && v.stamp !== settled.stamp);
    expect((await renders("counted")) - before).toBe(1);
  });

  it("keeps the cached page when its regeneration throws, logs it, and recovers", async () => {
    const good = await visitUntil(get, "/isr/fragile", (v) => v.cache === "HIT");
    await control("fail=1");
    try {
      await sleep(1100); // revalidate = 1
      const stale = await visit(get, "/isr/fragile");
      expect(stale).toMatchObject({ status: 200, cache: "STALE", stamp: good.stamp });
      await expect.poll(() => server().logs(), { timeout: 5000 }).toContain("Regenerating app:/isr/fragile failed");
      const still = await visit(get, "/isr/fragile");
      expect(still).toMatchObject({ status: 200, stamp: good.stamp });
    } finally {
      await control("fail=0");
    }
    const recovered = await visitUntil(get, "/isr/fragile", (v) => v.cache === "HIT" && v.stamp !== good.stamp);
    expect(recovered.status).toBe(200);
  });
}
