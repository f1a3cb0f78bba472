// Middleware and next.config rules see public/ files and pre-rendered pages
// (Next: test/e2e/middleware-general "should rewrite to a public file",
// test/integration/custom-routes "should apply headers for public files",
// "should rewrite to a public file"): the host's static layer no longer answers
// them first (src/nitro/static-pipeline.ts).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { seedFileFor } from "../../../src/runtime/server/isr-seed";
import { decodeEntry } from "../../../src/storage/codec";
import { isBuild, outputOf, prerendered, text } from "../_suite";
import type { PipelineContext } from "../pipeline-suite";

export default function staticFiles({ target, get, title }: PipelineContext) {
  it("a public file goes through middleware and gets config headers", async () => {
    const res = await get("/robots.txt");
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("User-agent");
    expect(res.headers.get("x-middleware-ran")).toBe("/robots.txt");
    expect(res.headers.get("x-public-header")).toBe("public");
  });

  it("middleware can block a public file and rewrite to one", async () => {
    const blocked = await get("/secret.txt");
    expect(blocked.status).toBe(403);
    expect(await blocked.text()).not.toContain("top secret");
    const rewritten = await get("/public-rewrite");
    expect(rewritten.status).toBe(200);
    expect(await rewritten.text()).toContain("hello from a public file");
  });

  it("a beforeFiles rewrite can point at a public file", async () => {
    const res = await get("/shadow-robots.txt");
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("User-agent");
  });

  it("a pre-rendered page goes through middleware, which can block it", async () => {
    if (isBuild(target)) {
      // Really pre-rendered (kept as ISR seeds, served through the handler after middleware).
      expect(prerendered(target, "/about")).toBe(true);
      expect(prerendered(target, "/admin")).toBe(true);
    }
    const about = await get("/about");
    expect(about.headers.get("x-middleware-ran")).toBe("/about");
    for (const path of ["/admin", "/admin.rsc", "/admin/index.html", "/admin/settings"]) {
      const res = await get(path);
      expect(res.status, path).toBe(403);
      expect(await res.text(), path).not.toContain("secrets");
    }
    expect(await title("/admin", 200, { headers: { cookie: "session=ok" } })).toBe("Admin secrets");
  });

  it("answers a client navigation with Flight, also after a redirect the browser followed (URL without .rsc, RSC header kept)", async () => {
    for (const path of ["/about.rsc", "/about"]) {
      const res = await get(path, { headers: { rsc: "1" } });
      expect(res.status, path).toBe(200);
      expect(res.headers.get("content-type"), path).toMatch(/^text\/x-component/);
    }
    const followed = await fetch(new URL("/old-about.rsc", (await get("/")).url), { headers: { rsc: "1" } });
    expect(followed.headers.get("content-type")).toMatch(/^text\/x-component/);
    expect(await followed.text()).toContain("About");
  });

  // When the pipeline owns static files the request reaches the rsc service by a
  // second way (src/nitro/runtime/static-pipeline-plugin.ts on Node); it must carry
  // the ISR store too, or every ISR page is rendered per request.
  it.skipIf(!isBuild(target))("an ISR page is served from its pre-rendered copy through the store", async () => {
    expect(prerendered(target, "/isr")).toBe(true);
    const seed = decodeEntry(readFileSync(join(outputOf(target).publicDir, seedFileFor("/isr")), "utf8")) as { body: Uint8Array };
    const built = text(new TextDecoder().decode(seed.body), "rendered-at");
    const first = await get("/isr");
    expect(first.headers.get("x-nextjs-cache")).toBe("HIT");
    expect(first.headers.get("x-middleware-ran")).toBe("/isr");
    expect(text(await first.text(), "rendered-at")).toBe(built);
    expect(text(await (await get("/isr")).text(), "rendered-at")).toBe(built);
  });

  it("hashed build assets are still served (before the pipeline)", async () => {
    if (!isBuild(target)) return;
    const html = await (await get("/about")).text();
    const asset = /\/assets\/[^"]+\.js/.exec(html)?.[0];
    expect(asset).toBeDefined();
    const res = await get(asset!);
    expect(res.status).toBe(200);
    expect(res.headers.get("x-middleware-ran")).toBeNull();
  });
}
