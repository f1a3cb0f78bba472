// Applying one next.config rule: has/missing on header, cookie, query and host,
// and destinations with params, query pass-through and unused params (Next:
// test/integration/custom-routes — "should handle has query encoding",
// "should match has header/cookie/query/host", "should pass query for redirect").
import { describe, expect, it } from "vitest";
import { buildDestination, matchConditions, matchRule, type RuleRequest } from "../../src/runtime/routing/config-rules";

function req(pathname: string, init: { headers?: Record<string, string>; query?: string; host?: string; cookies?: Record<string, string> } = {}): RuleRequest {
  return {
    pathname,
    headers: new Headers(init.headers),
    query: new URLSearchParams(init.query),
    hostname: init.host ?? "app.test",
    cookies: new Map(Object.entries(init.cookies ?? {})),
  };
}

describe("matchConditions", () => {
  it("captures a header value without a pattern under its letters-only name", () => {
    expect(matchConditions([{ type: "header", key: "x-my-header" }], [], req("/", { headers: { "x-my-header": "v1" } }))).toEqual({ xmyheader: "v1" });
  });

  it("matches a value pattern whole, with named groups as params", () => {
    const has = [{ type: "query" as const, key: "page", value: "(?<page>\\d+)" }];
    expect(matchConditions(has, [], req("/", { query: "page=12" }))).toEqual({ page: "12" });
    expect(matchConditions(has, [], req("/", { query: "page=12a" }))).toBeNull();
  });

  it("reads cookies and the host name", () => {
    expect(matchConditions([{ type: "cookie", key: "auth", value: "yes" }], [], req("/", { cookies: { auth: "yes" } }))).toEqual({});
    expect(matchConditions([{ type: "host", value: "example\\.com" }], [], req("/", { host: "example.com" }))).toEqual({});
    expect(matchConditions([{ type: "host", value: "example\\.com" }], [], req("/", { host: "evil.example.com" }))).toBeNull();
  });

  it("fails when a missing condition is present", () => {
    expect(matchConditions([], [{ type: "header", key: "x-skip" }], req("/", { headers: { "x-skip": "1" } }))).toBeNull();
    expect(matchConditions([], [{ type: "header", key: "x-skip" }], req("/"))).toEqual({});
  });
});

describe("matchRule", () => {
  it("combines source params and condition params", () => {
    const rule = { source: "/shop/:item", has: [{ type: "header" as const, key: "x-user", value: "(?<user>.+)" }] };
    expect(matchRule(rule, req("/shop/hat", { headers: { "x-user": "ann" } }))).toEqual({ item: "hat", user: "ann" });
    expect(matchRule(rule, req("/shop/hat"))).toBeNull();
  });
});

describe("buildDestination", () => {
  const q = (s = "") => new URLSearchParams(s);
  it.each<[string, Record<string, string | string[]>, string, boolean, string]>([
    ["/news/:slug", { slug: "a" }, "x=1", false, "/news/a?x=1"],
    ["/docs/:path*", { path: ["a", "b"] }, "", false, "/docs/a/b"],
    ["/docs/:path*", {}, "", false, "/docs"],
    ["/search?q=:term&x=2", { term: "vite rsc" }, "x=1&y=1", false, "/search?y=1&q=vite+rsc&x=2"],
    ["/post/:id", { id: "a b/ü" }, "", false, "/post/a%20b/%C3%BC"],
    ["/about", { slug: "z", "0": "skip" }, "", true, "/about?slug=z"],
    ["/about/:slug", { slug: "z" }, "", true, "/about/z"],
    ["https://:sub.example.com:8443/:path*", { sub: "api", path: ["v1", "x"] }, "k=v", false, "https://api.example.com:8443/v1/x?k=v"],
    ["http://:upstream/echo", { upstream: "127.0.0.1:4000" }, "", true, "http://127.0.0.1:4000/echo"],
    ["/a#:frag", { frag: "top" }, "", false, "/a#top"],
  ])("%s with %j", (destination, params, query, append, href) => {
    expect(buildDestination(destination, params, q(query), append).href).toBe(href);
  });

  it("tells external destinations apart", () => {
    expect(buildDestination("https://example.com/", {}, new URLSearchParams(), false).external).toBe(true);
    expect(buildDestination("/x", {}, new URLSearchParams(), false).external).toBe(false);
  });
});
