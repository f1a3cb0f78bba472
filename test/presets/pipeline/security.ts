// Bad input against the pipeline (DESIGN.md §5): forged internal headers cannot
// skip middleware (CVE-2025-29927: `x-middleware-subrequest`), and path-encoding
// tricks cannot slip a protected route past a matcher. Plus the defaults Next
// has: no X-Powered-By unless asked (docs "poweredByHeader"), a trailing slash
// redirects to the canonical URL (docs "trailingSlash", test/integration/trailing-slash-redirect),
// and X-Forwarded-* believed only behind a trusted proxy.
import { describe, expect, it } from "vitest";
import { startNodeOutput } from "../../_harness/servers";
import type { PipelineContext } from "../pipeline-suite";

const FORGED: Record<string, string>[] = [
  { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" },
  { "x-middleware-subrequest": "src/middleware:src/middleware:src/middleware:src/middleware:src/middleware" },
  { "x-middleware-subrequest": "pages/_middleware" },
  { "x-middleware-next": "1" },
  { "x-middleware-rewrite": "/about" },
  { "x-matched-path": "/about" },
  { "x-invoke-path": "/about", "x-invoke-output": "/about" },
  { "x-vinext-skip-middleware": "1" },
];

export default function security({ target, server, get, raw }: PipelineContext) {
  describe("forged internal headers", () => {
    it.each(FORGED)("cannot skip middleware: %j", async (headers) => {
      const res = await get("/admin", { headers });
      expect(res.status).toBe(403);
      expect(await res.text()).not.toContain("secrets");
    });

    it("never reach the app", async () => {
      const all = Object.assign({}, ...FORGED, { "x-middleware-override-headers": "x-evil", "x-middleware-request-x-evil": "1" });
      const res = await get("/echo", { headers: all });
      const body = (await res.json()) as { url: string; headers: Record<string, string> };
      expect(body.url).toBe("/echo");
      const internal = Object.keys(body.headers).filter((name) => /^(x-middleware-|x-invoke-|x-vinext-|x-matched-path|x-evil)/.test(name));
      expect(internal).toEqual([]);
    });
  });

  describe("encoded paths cannot slip past middleware", () => {
    it.each([
      ["/%61dmin", 403],
      ["/%61%64%6d%69%6e", 403],
      ["/admin/%73ettings", 403],
      // One segment "admin/.." or "admin/settings": no route has it; the middleware's prefix check still sees "/admin".
      ["/admin%2F..", 403],
      ["/admin%2fsettings", 403],
      // Routes are case-sensitive: these are no route at all.
      ["/ADMIN", 404],
      ["/Admin/settings", 404],
      ["/admin;x", 403],
    ])("%s → %i, never the protected page", async (path, status) => {
      const res = await raw(path);
      expect(res.status, res.body.slice(0, 200)).toBe(status);
      expect(res.body).not.toContain("secrets");
    });

    it.each([
      ["/admin/", "/admin"],
      ["//admin", "/admin"],
      ["/admin//settings", "/admin/settings"],
      ["/./admin/", "/admin"],
    ])("%s redirects to the canonical %s, which middleware protects", async (path, location) => {
      const res = await raw(path);
      expect(res.status).toBe(308);
      expect(res.headers.location).toBe(location);
      expect((await raw(location)).status).toBe(403);
    });
  });

  describe("proxy headers", () => {
    it("ignores X-Forwarded-Host/-Proto by default (request.nextUrl keeps the real host)", async () => {
      const res = await get("/mw-json", { headers: { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" } });
      const body = (await res.json()) as { host: string };
      expect(body.host).toBe(new URL(server().url).host);
    });

    it("trusts them with VINEXT_TRUST_PROXY=1 (node-server): nextUrl, has-host rules", async () => {
      if (target.name !== "node-server") return;
      const trusted = await startNodeOutput(target.dir, { VINEXT_TRUST_PROXY: "1" });
      try {
        const res = await fetch(`${trusted.url}/mw-json`, { headers: { "x-forwarded-host": "shop.example", "x-forwarded-proto": "https" } });
        expect(((await res.json()) as { host: string }).host).toBe("shop.example");
        const redirect = await fetch(`${trusted.url}/has-host`, { redirect: "manual", headers: { "x-forwarded-host": "redirect.example" } });
        expect(redirect.status).toBe(307);
      } finally {
        await trusted.stop();
      }
    });
  });

  describe("defaults", () => {
    it("sends no X-Powered-By", async () => {
      for (const path of ["/", "/about", "/robots.txt", "/echo"]) expect((await get(path)).headers.get("x-powered-by"), path).toBeNull();
    });

    it("redirects a trailing slash to the URL without it (308), keeping the query", async () => {
      const res = await get("/about/?x=1");
      expect(res.status).toBe(308);
      expect(res.headers.get("location")).toBe("/about?x=1");
    });
  });
}
