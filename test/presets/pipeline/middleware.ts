// middleware.ts behaviour, after Next's test/e2e/middleware-general ("should
// have correct query values for rewrite", "should add a rewrite header",
// "should handle 500 errors"), middleware-rewrites, middleware-redirects,
// middleware-responses ("should respond with a json body"), middleware-matcher
// and middleware-request-header-overrides ("Adds/Deletes/Updates headers").
import { describe, expect, it, vi } from "vitest";
import type { PipelineContext } from "../pipeline-suite";

export default function middleware({ target, get, title, upstream, state, server }: PipelineContext) {
  describe("results", () => {
    it("NextResponse.next(): the route runs, the response carries middleware's headers", async () => {
      const res = await get("/about");
      expect(res.status).toBe(200);
      expect(res.headers.get("x-middleware-ran")).toBe("/about");
    });

    it("NextResponse.rewrite() to a page, keeping the visible URL", async () => {
      expect(await title("/mw-rewrite")).toBe("Target by middleware");
    });

    it("NextResponse.rewrite() to another origin proxies it", async () => {
      const res = await get("/mw-external", { headers: { "x-upstream": upstream() } });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { url: string }).url).toBe("/from-middleware?q=1");
    });

    it("NextResponse.redirect() answers with its status and a relative Location", async () => {
      const res = await get("/mw-redirect");
      expect(res.status).toBe(307);
      expect(res.headers.get("location")).toBe("/about?by=middleware");
    });

    it("NextResponse.json() and new Response() answer directly", async () => {
      const json = await get("/mw-json");
      expect(json.status).toBe(200);
      const body = (await json.json()) as { from: string; buildId: string; host: string };
      expect(body.from).toBe("middleware");
      // generateBuildId in next.config reaches request.nextUrl.buildId.
      if (target.name !== "dev") expect(body.buildId).toBe("pipeline-build-1");
      expect(body.host).toBe(new URL(server().url).host);

      const plain = await get("/mw-response");
      expect(plain.status).toBe(201);
      expect(plain.headers.get("x-direct")).toBe("1");
      expect(await plain.text()).toBe("plain from middleware");
    });

    it("a POST body can be read by middleware and still reaches the route", async () => {
      const res = await get("/mw-body", { method: "POST", body: "hello-body" });
      expect(res.headers.get("x-mw-body")).toBe("hello-body");
      expect(await res.json()).toEqual({ body: "hello-body" });
    });
  });

  describe("request headers and cookies", () => {
    const echo = async (path: string, headers: Record<string, string> = {}) => {
      const res = await get(path, { headers });
      return { res, body: (await res.json()) as { headers: Record<string, string>; cookies: Record<string, string> } };
    };

    it("adds request headers the route sees, and keeps them out of the response", async () => {
      const { res, body } = await echo("/echo", { "x-from-client": "hello-from-client" });
      expect(body.headers).toMatchObject({ "x-from-client": "hello-from-client", "x-from-middleware": "hello-from-middleware" });
      expect(res.headers.get("x-middleware-override-headers")).toBeNull();
      expect(res.headers.get("x-middleware-request-x-from-middleware")).toBeNull();
      expect(res.headers.get("x-middleware-response")).toBe("yes");
    });

    it("deletes and updates request headers", async () => {
      const removed = await echo("/echo?remove-headers=x-from-client1,x-from-client2", { "x-from-client1": "a", "X-From-Client2": "b" });
      expect(removed.body.headers).not.toHaveProperty("x-from-client1");
      expect(removed.body.headers).not.toHaveProperty("x-from-client2");
      const updated = await echo("/echo?update-headers=x-from-client1=new-value1", { "x-from-client1": "old-value1", "x-from-client3": "old-value3" });
      expect(updated.body.headers).toMatchObject({ "x-from-client1": "new-value1", "x-from-client3": "old-value3" });
    });

    it("cookies set on the response reach the client and the route (route handler and page)", async () => {
      const { res, body } = await echo("/echo", { cookie: "client=1" });
      expect(res.headers.getSetCookie()).toContain("mw-cookie=from-middleware; Path=/");
      expect(body.cookies).toEqual({ client: "1", "mw-cookie": "from-middleware" });
      const page = await (await get("/echo-page")).text();
      expect(page).toContain("hello-from-middleware");
      expect(page).toContain("from-middleware");
    });
  });

  describe("matcher", () => {
    it("skips paths the matcher excludes, runs for a has-matcher when its condition holds", async () => {
      expect((await get("/skip-mw")).headers.get("x-middleware-ran")).toBeNull();
      expect((await get("/skip-mw/forced")).headers.get("x-middleware-ran")).toBeNull();
      expect((await get("/skip-mw/forced", { headers: { "x-force-mw": "1" } })).headers.get("x-middleware-ran")).toBe("/skip-mw/forced");
    });

    it("sees client navigations as the page URL (`/about.rsc` is `/about`)", async () => {
      const res = await get("/about.rsc", { headers: { rsc: "1" } });
      expect(res.headers.get("content-type")).toMatch(/^text\/x-component/);
      expect(res.headers.get("x-middleware-ran")).toBe("/about");
    });
  });

  describe("waitUntil, after() and errors", () => {
    it("runs event.waitUntil() and after() work", async () => {
      const before = await state();
      expect((await get("/mw-wait")).status).toBe(200);
      await vi.waitFor(
        async () => {
          const now = await state();
          expect(now.waitUntil).toBe(((before.waitUntil as number) ?? 0) + 1);
          expect(now.after).toBe(((before.after as number) ?? 0) + 1);
        },
        { timeout: 5000, interval: 100 },
      );
    });

    it("a throwing middleware answers 500, is logged, and the server keeps serving", async () => {
      const res = await get("/mw-throw");
      expect(res.status).toBe(500);
      expect(await res.text()).not.toContain("middleware exploded");
      await vi.waitFor(() => expect(server().logs()).toContain("middleware exploded"), { timeout: 5000, interval: 50 });
      expect(await title("/about")).toBe("About");
    });
  });
}
