// A store that throws or returns garbage must cost a render, never a failed
// request: the page is served (rendered fresh) with a logged warning, and a
// corrupt entry is discarded and written again. Runs on the "chaos" build only
// (playground/cache/chaos-driver.mjs).
import { expect, it } from "vitest";
import { visit, visitUntil, type CacheContext } from "../cache-suite";

export default function brokenStore({ target, get, server }: CacheContext) {
  const chaos = (mode: string) => get(`/api/isr/control?chaos=${mode}`, { method: "POST" });

  it.runIf(target.store === "chaos")("serves pages while every storage call throws, logging the failure", async () => {
    await chaos("throw");
    try {
      const a = await visit(get, "/isr/on-demand");
      const b = await visit(get, "/isr/on-demand");
      expect(a.status).toBe(200);
      expect(b.status).toBe(200);
      expect(b.cache).toBe("MISS");
      expect(server().logs()).toContain("cache read failed for app:/isr/on-demand");
      const revalidated = await get("/api/isr/revalidate?path=/isr/on-demand", { method: "POST" });
      expect(revalidated.status).toBe(200);
    } finally {
      await chaos("ok");
    }
    // Back to normal: the page is stored again.
    await visitUntil(get, "/isr/on-demand", (v) => v.cache === "HIT");
  });

  it.runIf(target.store === "chaos")("discards a corrupt entry and regenerates it", async () => {
    const cached = await visitUntil(get, "/isr/timed", (v) => v.cache === "HIT" || v.cache === "STALE");
    await chaos("corrupt");
    let corrupt;
    try {
      corrupt = await visit(get, "/isr/timed");
    } finally {
      await chaos("ok");
    }
    expect(corrupt.status).toBe(200);
    expect(corrupt.cache).toBe("MISS");
    expect(corrupt.stamp).not.toBe(cached.stamp);
    expect(server().logs()).toContain("discarded a corrupt cache entry for app:/isr/timed");
    await visitUntil(get, "/isr/timed", (v) => v.cache === "HIT" || v.cache === "STALE");
  });
}
