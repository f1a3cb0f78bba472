// next.config headers / redirects / rewrites, after Next's
// test/integration/custom-routes/test/index.test.js ("should redirect
// successfully with permanent: false", "should handle has header/cookie/query/host",
// "should pass query for redirect", "should match a page after a rewrite",
// "should proxy external rewrites", "should add custom headers") and
// test/e2e/app-dir/rewrites-redirects.
import { describe, expect, it } from "vitest";
import type { PipelineContext } from "../pipeline-suite";

export default function configRules({ target, get, title, raw, upstream }: PipelineContext) {
  describe("redirects", () => {
    it.each([
      ["/old-about", 308, "/about"],
      ["/temp-about", 307, "/about"],
      ["/status-301", 301, "/about"],
      ["/old-blog/hello", 308, "/blog/hello"],
      ["/old-blog/hello?x=1&y=2", 308, "/blog/hello?x=1&y=2"],
      ["/docs-old/a/b", 307, "/blog/a/b"],
      ["/post/42", 307, "/blog/post-42"],
      ["/external", 307, "https://example.com/landing?x=1"],
    ])("%s → %i %s", async (path, status, location) => {
      const res = await get(path);
      expect(res.status).toBe(status);
      expect(res.headers.get("location")).toBe(location);
    });

    it("does not redirect when a regex param does not match", async () => {
      expect((await get("/post/abc")).status).toBe(404);
    });

    it("matches has header (with a named capture), cookie and host, and missing query", async () => {
      const header = await get("/has-header", { headers: { "x-go": "static-target" } });
      expect([header.status, header.headers.get("location")]).toEqual([307, "/static-target"]);
      expect((await get("/has-header", { headers: { "x-go": "elsewhere" } })).status).toBe(404);

      const cookie = await get("/has-cookie", { headers: { cookie: "role=admin" } });
      expect([cookie.status, cookie.headers.get("location")]).toEqual([307, "/about?from=cookie"]);
      expect((await get("/has-cookie", { headers: { cookie: "role=user" } })).status).toBe(404);

      // Vite's dev server refuses unknown Host headers (server.allowedHosts, DNS-rebinding protection).
      if (target.name !== "dev") {
        const host = await raw("/has-host", { host: "redirect.example" });
        expect([host.status, host.headers.location]).toEqual([307, "https://example.com/landing"]);
        expect((await raw("/has-host", { host: "other.example" })).status).toBe(404);
      }

      const missing = await get("/missing-query");
      expect([missing.status, missing.headers.get("location")]).toEqual([307, "/about"]);
      expect((await get("/missing-query?keep=1")).status).toBe(404);
    });
  });

  describe("headers", () => {
    it("adds headers to pages, with params from the source and from has", async () => {
      expect((await get("/about")).headers.get("x-about-header")).toBe("about");
      expect((await get("/blog/first")).headers.get("x-blog-slug")).toBe("first");
      expect((await get("/blog/first?hdr=abc")).headers.get("x-has-query")).toBe("abc");
      expect((await get("/blog/first")).headers.get("x-has-query")).toBeNull();
    });

    it("adds headers to route handlers without overriding what the handler set", async () => {
      const res = await get("/echo");
      expect(res.headers.get("x-config-header")).toBe("config");
      expect(res.headers.get("cache-control")).toBe("private, max-age=7");
    });
  });

  describe("rewrites", () => {
    it("serves the destination under the source URL, with params and query", async () => {
      expect(await title("/before-about")).toBe("About");
      expect(await title("/after/rewritten")).toBe("Post rewritten");
      const res = await get("/search-rewrite/vite%20rsc?extra=1");
      expect(res.status).toBe(200);
      const echo = (await res.json()) as { url: string };
      expect(new URL(echo.url, "http://x").searchParams.get("q")).toBe("vite rsc");
      expect(new URL(echo.url, "http://x").searchParams.get("extra")).toBe("1");
    });

    it("proxies an external destination (method, query, body and the upstream's status and headers)", async () => {
      const res = await get("/proxy/api/items?page=2", { headers: { "x-upstream": upstream(), "x-client": "c1" } });
      expect(res.status).toBe(200);
      expect(res.headers.get("x-upstream-server")).toBe("yes");
      const seen = (await res.json()) as { method: string; url: string; headers: Record<string, string> };
      expect(seen.method).toBe("GET");
      expect(seen.url).toBe("/api/items?page=2");
      expect(seen.headers["x-client"]).toBe("c1");
      expect(seen.headers.host).toBe(upstream());

      const post = await get("/proxy/submit", { method: "POST", body: "payload=1", headers: { "x-upstream": upstream(), "content-type": "text/plain" } });
      expect(((await post.json()) as { body: string; method: string })).toMatchObject({ method: "POST", body: "payload=1" });
    });

    it("does not proxy when the has condition fails (no open proxy)", async () => {
      const res = await get("/proxy/api", { headers: { "x-upstream": "example.com:80" } });
      expect(res.status).toBe(404);
    });
  });
}
