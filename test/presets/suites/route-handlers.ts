// Route handlers (route.ts) and next/server, following Next's
// test/e2e/app-dir/app-routes/app-custom-routes.test.ts (methods, automatic
// HEAD/OPTIONS, 405, bodies, params, cookies/headers hooks, redirect/notFound,
// error conditions, NextResponse helpers, force-static) and
// test/e2e/app-dir/app-routes/app/advanced/streaming (streamed bodies).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { isBuild, outputOf, type SuiteContext } from "../_suite";

const IPHONE_UA =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1";
const GOOGLEBOT_UA = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

export default function routeHandlers({ target, server, get }: SuiteContext) {
  /** Waits until the server output contains `text` (logs are flushed asynchronously). */
  const expectLog = (text: string) => vi.waitFor(() => expect(server().logs()).toContain(text), { timeout: 5000, interval: 50 });

  describe("methods", () => {
    it.each(["GET", "POST", "PUT", "PATCH", "DELETE"])("calls the exported %s handler with a NextRequest", async (method) => {
      const res = await get("/api/hello?ping=pong", { method });
      expect(res.status).toBe(200);
      expect(res.headers.get("x-handler")).toBe("hello");
      expect(await res.json()).toEqual({ method, pathname: "/api/hello", ping: "pong", params: {}, isNextRequest: true });
    });

    it("answers HEAD from GET without a body", async () => {
      const res = await get("/api/hello", { method: "HEAD" });
      expect(res.status).toBe(200);
      expect(res.headers.get("x-handler")).toBe("hello");
      expect(await res.text()).toBe("");
    });

    it("answers OPTIONS with 204 and the allowed methods when OPTIONS is not exported", async () => {
      const res = await get("/api/hello", { method: "OPTIONS" });
      expect(res.status).toBe(204);
      expect(res.headers.get("allow")).toBe("DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT");
      expect(await res.text()).toBe("");
      const onlyPost = await get("/api/only-post", { method: "OPTIONS" });
      expect(onlyPost.status).toBe(204);
      expect(onlyPost.headers.get("allow")).toBe("OPTIONS, POST");
    });

    it("answers a method the route does not export with 405, Allow and no body", async () => {
      for (const method of ["GET", "PUT", "HEAD"]) {
        const res = await get("/api/only-post", { method });
        expect(res.status, method).toBe(405);
        expect(res.headers.get("allow")).toBe("OPTIONS, POST");
        expect(await res.text()).toBe("");
      }
      expect(await (await get("/api/only-post", { method: "POST" })).text()).toBe("posted");
    });

    it("prefers exported HEAD and OPTIONS handlers over the automatic ones", async () => {
      const head = await get("/api/explicit", { method: "HEAD" });
      expect(head.headers.get("x-from")).toBe("HEAD");
      const options = await get("/api/explicit", { method: "OPTIONS" });
      expect(options.status).toBe(200);
      expect(options.headers.get("x-from")).toBe("OPTIONS");
    });

    it("answers a method that is not an HTTP method with 400", async () => {
      const res = await get("/api/hello", { method: "PROPFIND" });
      expect(res.status).toBe(400);
      expect(await res.text()).toBe("");
    });
  });

  describe("request", () => {
    it("passes params as a promise, decoded, for dynamic and catch-all segments", async () => {
      expect(await (await get("/api/items/42")).json()).toEqual({ id: "42" });
      expect(await (await get("/api/items/caf%C3%A9")).json()).toEqual({ id: "café" });
      expect(await (await get("/api/files/a/b/c")).json()).toEqual({ path: ["a", "b", "c"] });
    });

    it("reads JSON, text and multipart bodies", async () => {
      const json = await get("/api/body?as=json", { method: "POST", body: JSON.stringify({ ping: "pong" }), headers: { "content-type": "application/json" } });
      expect(await json.json()).toEqual({ received: { ping: "pong" } });
      const textRes = await get("/api/body", { method: "POST", body: "hello, world" });
      expect(await textRes.text()).toBe("text: hello, world");
      const form = new FormData();
      form.append("name", "vinext");
      form.append("tag", "a");
      form.append("tag", "b");
      form.append("file", new Blob(["file contents"], { type: "text/plain" }), "note.txt");
      const multipart = await get("/api/body?as=form", { method: "POST", body: form });
      expect(await multipart.json()).toEqual({ name: "vinext", tags: ["a", "b"], file: { size: 13, text: "file contents" } });
      // Next: "can read a JSON encoded body for DELETE requests".
      const del = await get("/api/body", { method: "DELETE", body: JSON.stringify({ name: "foo" }) });
      expect(await del.text()).toBe("delete foo");
    });

    it("reads cookies from request.cookies and next/headers cookies()", async () => {
      const res = await get("/api/cookies", { headers: { cookie: "ping=pong; other=1" } });
      expect(await res.json()).toEqual({ fromRequest: "pong", fromHeaders: "pong", has: true, all: ["ping", "other"] });
    });

    it("reads request headers with next/headers headers()", async () => {
      const res = await get("/api/headers", { headers: { "x-ping": "pong", "user-agent": "vinext-test" } });
      expect(await res.json()).toEqual({ ping: "pong", ua: "vinext-test" });
    });

    it("exposes nextUrl, userAgent, connection, URLPattern and ImageResponse (next/og's, loud on unsupported options)", async () => {
      const res = await get("/api/server-apis?q=1", { headers: { "user-agent": IPHONE_UA } });
      const body = await res.json();
      const origin = server().url;
      expect(body.nextUrl).toEqual({ pathname: "/api/server-apis", search: "?q=1", q: "1", origin, basePath: "", json: `${origin}/api/server-apis?q=1`, isNextURL: true });
      expect(body.cloneIsIndependent).toBe(true);
      expect(body.ua).toEqual({ isBot: false, browser: "Mobile Safari", major: "17", os: "iOS", device: "mobile" });
      // workerd has URLPattern; Node 20 does not, and then using it fails with our message.
      if (body.urlPatternGlobal) expect(body.urlPattern).toBe("available");
      else expect(body.urlPattern).toMatch(/^\[vinext\] URLPattern is not available/);
      expect(body.imageResponse).toMatch(/^\[vinext\] ImageResponse: format "webp" is not supported; vinext renders PNG only/);
      const bot = await (await get("/api/server-apis", { headers: { "user-agent": GOOGLEBOT_UA } })).json();
      expect(bot.ua.isBot).toBe(true);
    });
  });

  describe("response", () => {
    // Under `vinext dev` only the last Set-Cookie reaches the client: the response crosses
    // Nitro's dev worker boundary, which keeps one Set-Cookie per response (a Nitro v3 dev
    // defect; production output keeps all of them).
    it.skipIf(!isBuild(target))("sets cookies from cookies().set/delete and NextResponse.cookies", async () => {
      const res = await get("/api/cookies", { method: "POST" });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/json");
      const cookies = res.headers.getSetCookie();
      expect(cookies).toEqual(
        expect.arrayContaining([
          "from-response=1; Path=/; Max-Age=60; SameSite=Lax",
          "second=2; Path=/; Secure",
          "from-headers=a%20b; Path=/; HttpOnly",
          "old=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT",
        ]),
      );
      expect(cookies).toHaveLength(4);
    });

    it("NextResponse.redirect sends 307 to an absolute URL (308 when asked)", async () => {
      const res = await get("/api/redirect");
      expect(res.status).toBe(307);
      expect(res.headers.get("location")).toBe(`${server().url}/about`);
      expect(await res.text()).toBe("");
      const external = await get("/api/redirect?mode=external");
      expect(external.headers.get("location")).toBe("https://nextjs.org/");
      const permanent = await get("/api/redirect?mode=permanent");
      expect(permanent.status).toBe(308);
    });

    it("NextResponse.redirect with a relative URL is a 500 with the reason in the log", async () => {
      const res = await get("/api/redirect?mode=relative");
      expect(res.status).toBe(500);
      expect(await res.text()).toBe("");
      await expectLog('NextResponse.redirect(): URL is malformed "/about"');
    });

    it("passes a NextResponse.rewrite() through with its x-middleware-rewrite header", async () => {
      const res = await get("/api/rewrite");
      expect(res.status).toBe(200);
      expect(res.headers.get("x-middleware-rewrite")).toBe(`${server().url}/about`);
    });

    it("streams a ReadableStream body chunk by chunk", async () => {
      // identity: workerd gzips text for clients that accept it, and its gzip holds small chunks back.
      const res = await get("/api/stream", { headers: { "accept-encoding": "identity" } });
      expect(res.status).toBe(200);
      const reader = res.body!.getReader();
      const decoder = new TextDecoder();
      const arrivals: { text: string; at: number }[] = [];
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        arrivals.push({ text: decoder.decode(value, { stream: true }), at: Date.now() });
      }
      const lines = arrivals.map((a) => a.text).join("").trim().split("\n");
      expect(lines.map((line) => line.replace(/ at \d+$/, ""))).toEqual(["chunk 1", "chunk 2", "chunk 3"]);
      // The first chunk reached the client before the server had produced the last one.
      const lastProducedAt = Number(/ at (\d+)$/.exec(lines[2]!)![1]);
      expect(arrivals[0]!.text).toMatch(/^chunk 1 at \d+\n$/);
      expect(arrivals[0]!.at).toBeLessThan(lastProducedAt);
    });
  });

  describe("control flow and errors", () => {
    it("answers notFound() with 404 and forbidden() with 403, without a body", async () => {
      const notFound = await get("/api/control?do=not-found");
      expect(notFound.status).toBe(404);
      expect(await notFound.text()).toBe("");
      expect((await get("/api/control?do=forbidden")).status).toBe(403);
    });

    it("answers redirect() with 307 and permanentRedirect() with 308, keeping cookies set before", async () => {
      const res = await get("/api/control?do=redirect");
      expect(res.status).toBe(307);
      expect(res.headers.get("location")).toBe("https://nextjs.org/");
      expect(await res.text()).toBe("");
      const withCookie = await get("/api/control?do=redirect-with-cookie");
      expect(withCookie.status).toBe(307);
      expect(withCookie.headers.get("location")).toBe("/about");
      expect(withCookie.headers.getSetCookie()).toEqual(["before-redirect=yes; Path=/"]);
      const permanent = await get("/api/control?do=permanent");
      expect(permanent.status).toBe(308);
    });

    it("answers a throwing handler with an empty 500 and logs the error with the route", async () => {
      const res = await get("/api/control?do=throw");
      expect(res.status).toBe(500);
      const body = await res.text();
      expect(body).toBe("");
      await expectLog("[vinext] Error in route handler app/api/control/route.ts (GET /api/control)");
      await expectLog("route handler secret failure");
    });

    it("answers a handler that returns no Response with 500 and a [vinext] log naming the file and method", async () => {
      for (const action of ["none", "object"]) {
        const res = await get(`/api/control?do=${action}`);
        expect(res.status, action).toBe(500);
        expect(await res.text()).toBe("");
      }
      await expectLog("[vinext] No response is returned from route handler app/api/control/route.ts (GET /api/control)");
    });

    it("answers NextResponse.next() in a route handler with 500 and the Next docs link in the log", async () => {
      const res = await get("/api/control?do=next");
      expect(res.status).toBe(500);
      expect(res.headers.get("x-middleware-next")).toBeNull();
      await expectLog("next-response-next-in-app-route-handler");
    });

    it("survives malformed JSON bodies (500) and keeps serving", async () => {
      const res = await get("/api/body?as=json", { method: "POST", body: "{not json" });
      expect(res.status).toBe(500);
      expect(await res.text()).toBe("");
      expect((await get("/api/hello")).status).toBe(200);
    });
  });

  // Generated at build time: nothing to check against the dev server.
  describe.skipIf(!isBuild(target))("force-static", () => {
    it("generates the GET handler at build time and serves the file", async () => {
      const file = join(outputOf(target).publicDir, "api/static");
      expect(existsSync(file), file).toBe(true);
      const built = JSON.parse(readFileSync(file, "utf8"));
      // Next: the build-time request has no search, headers or cookies.
      expect(built).toMatchObject({ pathname: "/api/static", search: "", accept: null, headersApi: null, cookie: null });
      const first = await get("/api/static?query=1", { headers: { accept: "application/json", cookie: "session=1" } });
      expect(first.status).toBe(200);
      expect(first.headers.get("content-type")).toMatch(/^application\/json/);
      expect(await first.json()).toEqual(built);
      expect(await (await get("/api/static")).json()).toEqual(built);
    });

    it("runs the other methods of a force-static route per request", async () => {
      // Workers' asset router would answer POST on a prerendered path with 405, so
      // there the build leaves this route to run per request (src/nitro/prerender.ts).
      const prerendered = existsSync(join(outputOf(target).publicDir, "api/static-mixed"));
      expect(prerendered).toBe(!target.name.startsWith("cloudflare"));
      const post = await get("/api/static-mixed", { method: "POST", body: "payload" });
      expect(post.status).toBe(200);
      expect(await post.text()).toBe("post is never static: payload");
      const a = await (await get("/api/static-mixed?x=1", { headers: { accept: "text/plain" } })).json();
      const b = await (await get("/api/static-mixed")).json();
      expect(a).toMatchObject({ search: "", accept: null });
      if (prerendered) expect(b).toEqual(a);
    });

    it("strips search, headers and cookies from force-static requests answered at runtime", async () => {
      const res = await get("/api/static-params/first?query=true", { headers: { accept: "application/json", cookie: "session=true" } });
      const url = `${server().url}/api/static-params/first`;
      expect(await res.json()).toEqual({ slug: "first", href: url, search: "", query: null, url, accept: null, headersApi: null, cookie: null });
    });
  });

  describe("after()", () => {
    it("runs callbacks after the response, with request APIs, and logs failing ones", async () => {
      const id = Math.random().toString(36).slice(2);
      const res = await get(`/api/after?id=${id}`, { method: "POST", headers: { "x-after": "from-request" } });
      const body = await res.json();
      // The callback had not run when the response was created.
      expect(body.ranAtResponse).not.toContain(`${id}:callback:from-request`);
      await vi.waitFor(
        async () => {
          const ran: string[] = await (await get("/api/after")).json();
          expect(ran).toContain(`${id}:callback:from-request`);
          expect(ran).toContain(`${id}:promise`);
        },
        { timeout: 5000, interval: 50 },
      );
      await expectLog("[vinext] An error occurred in a function passed to after() (POST /api/after)");
    });
  });
}
