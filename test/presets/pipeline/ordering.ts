// Next's order, checked end to end (docs next.config "rewrites": headers →
// redirects → middleware → beforeFiles → filesystem → afterFiles → dynamic
// routes → fallback; packages/next/src/server/lib/router-utils/resolve-routes.ts;
// test/integration/custom-routes "should handle beforeFiles/afterFiles/fallback rewrites").
import { expect, it } from "vitest";
import type { PipelineContext } from "../pipeline-suite";

export default function ordering({ get, title }: PipelineContext) {
  it("a config redirect beats middleware (which answers the same path with another redirect)", async () => {
    const res = await get("/mw-redirect-beats");
    expect(res.status).toBe(307);
    expect(res.headers.get("location")).toBe("/about?by=config");
  });

  it("middleware runs before beforeFiles rewrites (a beforeFiles rule matches middleware's rewrite)", async () => {
    expect(await title("/mw-start")).toBe("Target by beforeFiles-after-middleware");
  });

  it("beforeFiles rewrites run before the filesystem (they can override a page)", async () => {
    expect(await title("/about?override=1")).toBe("Target by beforeFiles-override");
  });

  it("the filesystem comes before afterFiles rewrites (a page is not rewritten)", async () => {
    expect(await title("/about")).toBe("About");
  });

  it("afterFiles rewrites come before dynamic routes", async () => {
    expect(await title("/dynamic/shadowed")).toBe("Target by afterFiles-over-dynamic");
    expect(await title("/dynamic/7")).toBe("Dynamic 7");
  });

  it("fallback rewrites apply only when no route (static or dynamic) matched", async () => {
    expect(await title("/dynamic/8")).toBe("Dynamic 8");
    expect(await title("/legacy/some/old/page")).toBe("Fallback target");
    expect((await get("/nothing-here")).status).toBe(404);
  });
}
