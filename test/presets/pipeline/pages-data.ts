// Pages Router data requests through middleware (playground/pipeline/pages/data):
// middleware sees `/_next/data/<buildId>/<page>.json` as the page's own URL, a
// rewrite serves the destination's data with `x-nextjs-rewrite`, a redirect is
// answered with `x-nextjs-redirect` instead of a Location a fetch() would follow.
// Next: test/e2e/middleware-general ("should normalize data requests into page
// requests", "should trigger middleware for data requests", "should add a rewrite
// header on data requests for rewrites"), test/e2e/middleware-redirects ("should
// redirect to data urls with data requests and internal redirects").
// next.config headers, redirects and rewrites match a data request as its page
// too (packages/next/src/server/lib/router-utils/resolve-routes.ts runs
// `middleware_next_data` before headers and redirects; @next/routing's
// resolveRoutes normalizes data URLs for every rule phase).
import { describe, expect, it } from "vitest";
import { nextData } from "../pages-suite";
import type { PipelineContext } from "../pipeline-suite";

export default function pagesData({ get }: PipelineContext) {
  describe("pages data requests", () => {
    const buildId = async () => nextData(await (await get("/data/plain")).text()).buildId;

    it("a document request of the page runs middleware with its path", async () => {
      const res = await get("/data/plain");
      expect(res.status).toBe(200);
      expect(res.headers.get("x-middleware-ran")).toBe("/data/plain");
    });

    it("middleware sees a data request as the page's URL", async () => {
      const res = await get(`/_next/data/${await buildId()}/data/plain.json?q=1`);
      expect(res.status).toBe(200);
      expect(res.headers.get("x-middleware-ran")).toBe("/data/plain");
      const body = (await res.json()) as { pageProps: { slug: string; resolvedUrl: string } };
      expect(body.pageProps).toEqual({ slug: "plain", resolvedUrl: "/data/plain?q=1" });
    });

    it("a middleware rewrite serves the destination's data and names it in x-nextjs-rewrite", async () => {
      const res = await get(`/_next/data/${await buildId()}/data/rewrite-me.json`);
      expect(res.status).toBe(200);
      expect(res.headers.get("x-nextjs-rewrite")).toBe("/data-target");
      expect(((await res.json()) as { pageProps: unknown }).pageProps).toEqual({ from: "data-target" });
    });

    it("a middleware redirect is x-nextjs-redirect on a data request, a Location on a document request", async () => {
      const data = await get(`/_next/data/${await buildId()}/data/redirect-me.json`);
      expect(data.headers.get("location")).toBeNull();
      expect(data.headers.get("x-nextjs-redirect")).toBe("/data/landed?by=middleware");
      const page = await get("/data/redirect-me");
      expect([page.status, page.headers.get("location")]).toEqual([307, "/data/landed?by=middleware"]);
    });

    it("another build's data URL is left alone: 404 JSON", async () => {
      const res = await get("/_next/data/not-this-build/data/plain.json");
      expect(res.status).toBe(404);
      expect(res.headers.get("x-middleware-ran")).toBe("/_next/data/not-this-build/data/plain.json");
    });

    it("next.config headers match a data request as its page", async () => {
      const res = await get(`/_next/data/${await buildId()}/data/plain.json`);
      expect(res.status).toBe(200);
      expect(res.headers.get("x-data-page")).toBe("plain");
      expect((await get("/data/plain")).headers.get("x-data-page")).toBe("plain");
    });

    it("a next.config redirect is x-nextjs-redirect on a data request, a Location on a document request", async () => {
      const data = await get(`/_next/data/${await buildId()}/data/config-old.json`);
      expect(data.headers.get("location")).toBeNull();
      expect(data.headers.get("x-nextjs-redirect")).toBe("/data/config-new?by=config");
      const page = await get("/data/config-old");
      expect([page.status, page.headers.get("location")]).toEqual([307, "/data/config-new?by=config"]);
    });

    it("beforeFiles and afterFiles rewrites serve the destination's data and name it in x-nextjs-rewrite", async () => {
      for (const source of ["/data/config-before", "/data-alias"]) {
        const res = await get(`/_next/data/${await buildId()}${source}.json`);
        expect(res.status, source).toBe(200);
        expect(res.headers.get("x-nextjs-rewrite"), source).toBe("/data-target");
        expect(((await res.json()) as { pageProps: unknown }).pageProps, source).toEqual({ from: "data-target" });
      }
      // A data request nothing rewrites names no rewrite.
      expect((await get(`/_next/data/${await buildId()}/data/plain.json`)).headers.get("x-nextjs-rewrite")).toBeNull();
    });
  });
}
