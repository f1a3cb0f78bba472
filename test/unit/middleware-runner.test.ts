// Running a middleware module: what NextResponse.next / rewrite / redirect /
// json and plain Responses turn into, request header overrides and cookies
// (Next: test/e2e/middleware-request-header-overrides, middleware-responses,
// middleware-general "should set cookies and the page sees them").
import { describe, expect, it } from "vitest";
import { mergeSetCookies, runMiddleware, type MiddlewareEntry } from "../../src/runtime/server/middleware";
import { NextResponse } from "../../src/runtime/server/next-response";
import type { NextRequest } from "../../src/runtime/server/next-request";
import { createRequestStore } from "../../src/runtime/server/request-store";

function run(fn: (request: NextRequest) => unknown, init: RequestInit & { url?: string; matcher?: unknown } = {}) {
  const url = new URL(init.url ?? "http://app.test/page?x=1");
  const request = new Request(url, init);
  const entry: MiddlewareEntry = { file: "/app/middleware.ts", kind: "middleware", load: async () => ({ middleware: fn, config: init.matcher ? { matcher: init.matcher } : undefined }) };
  return runMiddleware({
    entry,
    request,
    url,
    match: { pathname: url.pathname, headers: request.headers, query: url.searchParams, hostname: url.hostname, cookies: new Map() },
    nextConfig: { buildId: "b1" },
    store: createRequestStore(request, url, "route", "secret"),
  });
}

describe("runMiddleware", () => {
  it("continues when nothing is returned, and skips when the matcher excludes the path", async () => {
    expect((await run(() => undefined)).kind).toBe("continue");
    expect((await run(() => new Response("x"), { matcher: "/other" })).kind).toBe("skip");
  });

  it("gives middleware a NextRequest with nextUrl and buildId", async () => {
    let seen: { path: string; q: string | null; buildId?: string } | undefined;
    await run((request) => void (seen = { path: request.nextUrl.pathname, q: request.nextUrl.searchParams.get("x"), buildId: request.nextUrl.buildId }));
    expect(seen).toEqual({ path: "/page", q: "1", buildId: "b1" });
  });

  it("applies request header overrides and passes response headers on, without the internal ones", async () => {
    const outcome = await run(
      (request) => {
        const headers = new Headers(request.headers);
        headers.set("x-added", "1");
        headers.delete("x-gone");
        const response = NextResponse.next({ request: { headers } });
        response.headers.set("x-shown", "yes");
        return response;
      },
      { headers: { "x-gone": "1", "x-kept": "k" } },
    );
    if (outcome.kind !== "continue") throw new Error(outcome.kind);
    expect(outcome.request.headers.get("x-added")).toBe("1");
    expect(outcome.request.headers.get("x-gone")).toBeNull();
    expect(outcome.request.headers.get("x-kept")).toBe("k");
    expect([...outcome.headers.keys()]).toEqual(["x-shown"]);
  });

  it("turns rewrite() into a rewrite target and makes response cookies visible to the route", async () => {
    const outcome = await run(
      (request) => {
        const response = NextResponse.rewrite(new URL("/other?y=2", request.url));
        response.cookies.set("session", "abc");
        response.cookies.delete("old");
        return response;
      },
      { headers: { cookie: "old=1; keep=2" } },
    );
    if (outcome.kind !== "continue") throw new Error(outcome.kind);
    expect(outcome.rewrite).toBe("http://app.test/other?y=2");
    expect(outcome.request.headers.get("cookie")).toBe("keep=2; session=abc");
    expect(outcome.headers.getSetCookie()).toHaveLength(2);
  });

  it("answers redirects (relative Location for this origin) and direct responses", async () => {
    const redirect = await run((request) => NextResponse.redirect(new URL("/login?from=page", request.url)));
    if (redirect.kind !== "respond") throw new Error(redirect.kind);
    expect([redirect.response.status, redirect.response.headers.get("location")]).toEqual([307, "/login?from=page"]);
    const away = await run(() => NextResponse.redirect("https://auth.example/login", 308));
    if (away.kind !== "respond") throw new Error(away.kind);
    expect(away.response.headers.get("location")).toBe("https://auth.example/login");
    const json = await run(() => NextResponse.json({ ok: true }, { status: 201 }));
    if (json.kind !== "respond") throw new Error(json.kind);
    expect([json.response.status, await json.response.json()]).toEqual([201, { ok: true }]);
  });

  it("refuses a redirect to javascript:", async () => {
    await expect(run(() => new Response(null, { status: 307, headers: { location: "javascript:alert(1)" } }))).rejects.toThrow(/javascript:/);
  });

  it("lets middleware read the body while the route still gets it", async () => {
    let read = "";
    const outcome = await run(async (request) => void (read = await request.text()), { method: "POST", body: "payload" });
    if (outcome.kind !== "continue") throw new Error(outcome.kind);
    expect(read).toBe("payload");
    expect(await outcome.request.text()).toBe("payload");
  });

  it("fails clearly on a missing export or a non-Response result", async () => {
    const entry: MiddlewareEntry = { file: "/app/middleware.ts", kind: "middleware", load: async () => ({ other: 1 }) };
    const url = new URL("http://app.test/");
    const request = new Request(url);
    const input = { entry, request, url, match: { pathname: "/", headers: request.headers, query: url.searchParams, hostname: "app.test", cookies: new Map() }, nextConfig: {}, store: createRequestStore(request, url, "route", "s") };
    await expect(runMiddleware(input)).rejects.toThrow(/must export a function named `middleware`/);
    await expect(run(() => "nope")).rejects.toThrow(/must return a Response/);
  });
});

describe("mergeSetCookies", () => {
  it("adds, replaces and deletes cookies", () => {
    expect(mergeSetCookies("a=1; b=2", ["a=9; Path=/", "c=x%20y; HttpOnly", "b=; Max-Age=0"])).toBe("a=9; c=x%20y");
    expect(mergeSetCookies(null, ["z=1; Expires=Thu, 01 Jan 1970 00:00:00 GMT"])).toBe("");
  });
});
