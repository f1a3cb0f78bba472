// NextResponse and NextRequest (https://nextjs.org/docs/app/api-reference/functions/next-response,
// .../next-request): json/redirect/rewrite/next, cookies bound to Set-Cookie, and the
// redirect rules Next's app-routes test relies on (absolute URLs, 307 by default).
import { describe, expect, it } from "vitest";
import { BoundResponseCookies, parseSetCookie } from "../../src/runtime/server/bound-response-cookies";
import { NextRequest } from "../../src/runtime/server/next-request";
import { NextResponse } from "../../src/runtime/server/next-response";
import { NextURL } from "../../src/runtime/server/next-url";

describe("NextResponse", () => {
  it("json() sends application/json with the given status and headers", async () => {
    const res = NextResponse.json({ ok: true }, { status: 201, headers: { "x-a": "1" } });
    expect(res).toBeInstanceOf(NextResponse);
    expect(res.status).toBe(201);
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(res.headers.get("x-a")).toBe("1");
    expect(await res.json()).toEqual({ ok: true });
  });

  it("redirect() defaults to 307, takes a status or an init, and needs an absolute URL", () => {
    const res = NextResponse.redirect("https://nextjs.org/");
    expect(res.status).toBe(307);
    expect(res.headers.get("location")).toBe("https://nextjs.org/");
    expect(res.body).toBeNull();
    expect(NextResponse.redirect(new URL("https://a.test/x"), 308).status).toBe(308);
    expect(NextResponse.redirect(new NextURL("https://a.test/y"), { status: 303, headers: { "x-b": "2" } }).headers.get("x-b")).toBe("2");
    expect(() => NextResponse.redirect("/relative")).toThrow(/\[vinext\] NextResponse.redirect\(\): URL is malformed "\/relative"/);
    expect(() => NextResponse.redirect("https://a.test/", 200)).toThrow(RangeError);
  });

  it("rewrite() and next() set the middleware headers, with request header overrides", () => {
    const headers = new Headers({ "x-user": "7", authorization: "Bearer t" });
    const rewrite = NextResponse.rewrite("https://a.test/dest", { request: { headers } });
    expect(rewrite.headers.get("x-middleware-rewrite")).toBe("https://a.test/dest");
    expect(rewrite.headers.get("x-middleware-override-headers")).toBe("authorization,x-user");
    expect(rewrite.headers.get("x-middleware-request-x-user")).toBe("7");
    const next = NextResponse.next({ headers: { "x-response": "1" } });
    expect(next.headers.get("x-middleware-next")).toBe("1");
    expect(next.headers.get("x-response")).toBe("1");
    expect(next.headers.has("x-middleware-override-headers")).toBe(false);
    expect(() => NextResponse.rewrite("/dest")).toThrow(/absolute URL/);
    expect(() => NextResponse.next({ request: { headers: { a: "1" } as unknown as Headers } })).toThrow(/must be a Headers instance/);
  });

  it("cookies write through to Set-Cookie as they change", () => {
    const res = NextResponse.json({}, { headers: [["set-cookie", "kept=1; Path=/x; HttpOnly"]] });
    expect(res.cookies.get("kept")).toEqual({ name: "kept", value: "1", path: "/x", httpOnly: true });
    res.cookies.set("theme", "dark", { sameSite: "lax" });
    res.cookies.set({ name: "n", value: "a b", maxAge: 10 });
    expect(res.headers.getSetCookie()).toEqual(["kept=1; Path=/x; HttpOnly", "theme=dark; Path=/; SameSite=Lax", "n=a%20b; Path=/; Max-Age=10"]);
    res.cookies.set("theme", "light");
    res.cookies.delete("kept");
    expect(res.headers.getSetCookie()).toEqual(["kept=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT", "theme=light; Path=/", "n=a%20b; Path=/; Max-Age=10"]);
    expect(res.cookies.getAll().map((c) => c.name)).toEqual(["kept", "theme", "n"]);
  });
});

describe("parseSetCookie", () => {
  it.each([
    ["a=1", { name: "a", value: "1" }],
    ["a=x%20y; Path=/p; Domain=d.test; Max-Age=5; Secure; SameSite=Strict; Partitioned; Priority=High", { name: "a", value: "x y", path: "/p", domain: "d.test", maxAge: 5, secure: true, sameSite: "strict", partitioned: true, priority: "high" }],
    ["a=1; Expires=Thu, 01 Jan 1970 00:00:00 GMT", { name: "a", value: "1", expires: new Date(0) }],
    ["a=%E0%A4%A; SameSite=bogus; Max-Age=soon", { name: "a", value: "%E0%A4%A" }],
  ])("%s", (header, cookie) => {
    expect(parseSetCookie(header)).toEqual(cookie);
  });

  it("ignores headers without a name", () => {
    expect(parseSetCookie("=1")).toBeUndefined();
    expect(parseSetCookie("novalue")).toBeUndefined();
    expect(new BoundResponseCookies(new Headers([["set-cookie", "=x"]])).getAll()).toEqual([]);
  });
});

describe("NextRequest", () => {
  it("adds nextUrl and cookies to a Request", async () => {
    const req = new NextRequest("https://a.test/p?q=1", { method: "POST", body: "hi", headers: { cookie: "a=1; b=2" } });
    expect(req).toBeInstanceOf(Request);
    expect(req.nextUrl).toBeInstanceOf(NextURL);
    expect(req.nextUrl.searchParams.get("q")).toBe("1");
    expect(req.cookies.get("b")).toEqual({ name: "b", value: "2" });
    expect(await req.text()).toBe("hi");
  });

  it("copies a request-like object field by field (host requests are not native Requests)", async () => {
    const source = new Request("https://a.test/x", { method: "PUT", body: JSON.stringify({ a: 1 }), headers: { "x-h": "1" } });
    const like = { url: source.url, method: source.method, headers: source.headers, body: source.body, signal: source.signal };
    const req = new NextRequest(like);
    expect(req.method).toBe("PUT");
    expect(req.headers.get("x-h")).toBe("1");
    expect(await req.json()).toEqual({ a: 1 });
    const head = new NextRequest({ ...like, method: "HEAD", body: null });
    expect(head.body).toBeNull();
  });

  it("requires an absolute URL, as Next does", () => {
    expect(() => new NextRequest("/relative")).toThrow(TypeError);
  });
});
