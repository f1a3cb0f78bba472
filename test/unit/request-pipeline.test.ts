// Pure pieces of the request pipeline: the canonical path matchers see, the
// trailing-slash redirect (docs "trailingSlash", test/integration/trailing-slash-redirect),
// internal headers (CVE-2025-29927), trusted proxy headers, middleware matchers
// (test/e2e/middleware-matcher) and config header/redirect/rewrite evaluation.
import { describe, expect, it } from "vitest";
import type { RuleRequest } from "../../src/runtime/routing/config-rules";
import { applyRewrite, collectHeaders, findRedirect } from "../../src/runtime/server/config-routing";
import { isInternalHeader, withoutInternalHeaders, deleteInternalHeaders } from "../../src/runtime/server/internal-headers";
import { STATIC_SERVER } from "../../src/runtime/server/host-request";
import { compileMatchers, middlewareMatches } from "../../src/runtime/server/middleware-matcher";
import { publicUrl, trustsProxy } from "../../src/runtime/server/proxy-trust";
import { encodeSegment, matchPathOf, stripBasePath, trailingSlashRedirect, urlPathOf } from "../../src/runtime/server/request-path";
import { splitPathname } from "../../src/runtime/routing/match";

const req = (pathname: string, headers: Record<string, string> = {}): RuleRequest => ({
  pathname,
  headers: new Headers(headers),
  query: new URLSearchParams(),
  hostname: "app.test",
  cookies: new Map(),
});

describe("canonical paths", () => {
  it.each([
    ["/%61dmin", "/admin", "/admin"],
    ["/admin%2F..", "/admin%2F..", "/admin%2F.."],
    ["/a%20b/caf%C3%A9", "/a b/café", "/a%20b/caf%C3%A9"],
    ["/x/a:b@c+d", "/x/a:b@c+d", "/x/a:b@c+d"],
    ["/100%25", "/100%25", "/100%25"],
  ])("%s → match %s, URL %s", (path, match, url) => {
    const parts = splitPathname(path);
    expect(matchPathOf(parts)).toBe(match);
    expect(urlPathOf(parts)).toBe(url);
  });

  it("keeps a trailing slash only when asked", () => {
    expect(urlPathOf(["a"], true)).toBe("/a/");
    expect(urlPathOf([], true)).toBe("/");
    expect(encodeSegment("a/b?c#d")).toBe("a%2Fb%3Fc%23d");
  });

  it("strips the basePath segments", () => {
    expect(stripBasePath(["docs", "a"], "/docs")).toEqual(["a"]);
    expect(stripBasePath(["a"], "")).toEqual(["a"]);
  });
});

describe("trailingSlashRedirect", () => {
  it.each<[string, boolean, string | undefined]>([
    ["/", false, undefined],
    ["/about", false, undefined],
    ["/about/", false, "/about"],
    ["/a/b///", false, "/a/b"],
    ["/about", true, "/about/"],
    ["/about/", true, undefined],
    ["/file.txt", true, undefined],
    ["/file.txt/", true, "/file.txt"],
    ["/.well-known/thing", true, undefined],
    ["/", true, undefined],
  ])("%s (trailingSlash %s) → %s", (path, trailing, expected) => {
    expect(trailingSlashRedirect(path, trailing)).toBe(expected);
  });
});

describe("internal headers", () => {
  it.each(["x-middleware-subrequest", "X-Middleware-Rewrite", "x-middleware-next", "x-invoke-path", "x-matched-path", "x-vinext-anything"])("%s is internal", (name) => {
    expect(isInternalHeader(name)).toBe(true);
  });

  it.each(["x-forwarded-for", "x-nextjs-data", "middleware", "x-matched-path-extra"])("%s is not", (name) => {
    expect(isInternalHeader(name)).toBe(false);
  });

  it("returns the same request when clean, a copy with the host's extras otherwise", () => {
    const clean = new Request("http://a.test/", { headers: { accept: "x" } });
    expect(withoutInternalHeaders(clean)).toBe(clean);
    const forged = new Request("http://a.test/", { headers: { "x-middleware-subrequest": "middleware", accept: "x" } });
    const server = () => Promise.resolve(undefined);
    Object.assign(forged, { waitUntil: () => {}, [STATIC_SERVER]: server });
    const stripped = withoutInternalHeaders(forged);
    expect(stripped).not.toBe(forged);
    expect(stripped.headers.get("x-middleware-subrequest")).toBeNull();
    expect(stripped.headers.get("accept")).toBe("x");
    expect(typeof (stripped as Request & { waitUntil?: unknown }).waitUntil).toBe("function");
    expect((stripped as Request & { [STATIC_SERVER]?: unknown })[STATIC_SERVER]).toBe(server);
  });

  it("keeps an app's own x-middleware-* response header but drops the framework's", () => {
    const headers = new Headers({ "x-middleware-rewrite": "/x", "x-middleware-request-a": "1", "x-middleware-cache": "hit" });
    deleteInternalHeaders(headers);
    expect([...headers.keys()]).toEqual(["x-middleware-cache"]);
  });
});

describe("proxy trust", () => {
  const url = new URL("http://10.0.0.2:3000/a?b=1");
  it("ignores forwarded headers unless trusted", () => {
    expect(publicUrl(url, new Headers({ "x-forwarded-host": "shop.example", "x-forwarded-proto": "https" }), false).href).toBe(url.href);
  });

  it("uses the first well-formed forwarded host and proto when trusted", () => {
    expect(publicUrl(url, new Headers({ "x-forwarded-host": "shop.example, internal", "x-forwarded-proto": "https" }), true).href).toBe("https://shop.example/a?b=1");
    expect(publicUrl(url, new Headers({ "x-forwarded-host": "evil.example/path@x" }), true).host).toBe("10.0.0.2:3000");
    expect(publicUrl(url, new Headers({ "x-forwarded-proto": "javascript" }), true).protocol).toBe("http:");
  });

  it("is on with the build option or VINEXT_TRUST_PROXY", () => {
    expect(trustsProxy(true)).toBe(true);
    const before = process.env.VINEXT_TRUST_PROXY;
    process.env.VINEXT_TRUST_PROXY = "1";
    expect(trustsProxy(false)).toBe(true);
    process.env.VINEXT_TRUST_PROXY = "0";
    expect(trustsProxy(false)).toBe(false);
    if (before === undefined) delete process.env.VINEXT_TRUST_PROXY;
    else process.env.VINEXT_TRUST_PROXY = before;
  });
});

describe("middleware matchers", () => {
  it("matches every path without a matcher, except framework files", () => {
    const all = compileMatchers(undefined, "middleware.ts");
    expect(middlewareMatches(all, req("/anything"))).toBe(true);
    for (const path of ["/_next/static/x.js", "/assets/index-abc.js", "/__vinext/prerender-index"]) expect(middlewareMatches(all, req(path)), path).toBe(false);
  });

  it("accepts a string, an array and objects with has/missing", () => {
    const one = compileMatchers("/about/:path*", "m");
    expect(middlewareMatches(one, req("/about"))).toBe(true);
    expect(middlewareMatches(one, req("/about/a/b"))).toBe(true);
    expect(middlewareMatches(one, req("/other"))).toBe(false);
    const many = compileMatchers(["/a", { source: "/b", has: [{ type: "header", key: "x-b" }] }, { source: "/c", missing: [{ type: "header", key: "x-skip" }] }], "m");
    expect(middlewareMatches(many, req("/a"))).toBe(true);
    expect(middlewareMatches(many, req("/b"))).toBe(false);
    expect(middlewareMatches(many, req("/b", { "x-b": "1" }))).toBe(true);
    expect(middlewareMatches(many, req("/c", { "x-skip": "1" }))).toBe(false);
  });

  // Next: test/e2e/middleware-custom-matchers-i18n.
  it("with i18n, matches a source below the locale, and a locale: false source with its locale", () => {
    const matchers = compileMatchers([{ source: "/hello" }, { source: "/nl-NL/about", locale: false }], "m");
    const at = (rest: string, locale: string) => ({ rest, withLocale: `/${locale}${rest}` });
    expect(middlewareMatches(matchers, req("/hello"), at("/hello", "en"))).toBe(true);
    expect(middlewareMatches(matchers, req("/nl-NL/hello"), at("/hello", "nl-NL"))).toBe(true);
    expect(middlewareMatches(matchers, req("/nl-NL/about"), at("/about", "nl-NL"))).toBe(true);
    for (const [path, locale] of [["/about", "en"], ["/en/about", "en"], ["/fr/about", "fr"]]) {
      expect(middlewareMatches(matchers, req(path!), at("/about", locale!)), path).toBe(false);
    }
    expect(middlewareMatches(matchers, req("/invalid/hello"), at("/invalid/hello", "en"))).toBe(false);
    expect(() => compileMatchers([{ source: "/x", locale: true }], "m")).toThrow(/"locale" can only be false/);
  });

  it("matches the decoded, case-insensitive canonical path (encoded tricks do not slip past)", () => {
    const admin = compileMatchers(["/admin/:path*"], "m");
    for (const path of ["/%61dmin", "/ADMIN", "/admin/", "/admin/%73ettings"]) {
      expect(middlewareMatches(admin, req(matchPathOf(splitPathname(path)))), path).toBe(true);
    }
  });

  it("supports the negative-lookahead matcher from Next's docs", () => {
    const m = compileMatchers(["/((?!api|_next/static|_next/image|favicon.ico).*)"], "m");
    expect(middlewareMatches(m, req("/dashboard"))).toBe(true);
    expect(middlewareMatches(m, req("/api/x"))).toBe(false);
    expect(middlewareMatches(m, req("/favicon.ico"))).toBe(false);
  });

  it.each([[[]], [42], [["about"]], [[{ source: "/a", has: [{ type: "body" }] }]]])("rejects %j with a [vinext] error naming the file", (matcher) => {
    expect(() => compileMatchers(matcher, "/app/middleware.ts")).toThrow(/^\[vinext\] \/app\/middleware\.ts: /);
  });
});

describe("config rule evaluation", () => {
  const paths = (app: string | undefined, full: string) => ({ app, full });

  it("collects headers of every matching rule, later values winning and Set-Cookie adding up", () => {
    const headers = collectHeaders(
      [
        { source: "/:p*", headers: [{ key: "x-a", value: "1" }, { key: "set-cookie", value: "a=1" }] },
        { source: "/blog/:slug", headers: [{ key: "x-a", value: ":slug" }, { key: "set-cookie", value: "b=2" }] },
        { source: "/nope", headers: [{ key: "x-b", value: "1" }] },
      ],
      req("/blog/hi"),
      paths("/blog/hi", "/blog/hi"),
    );
    expect(headers.get("x-a")).toBe("hi");
    expect(headers.getSetCookie()).toEqual(["a=1", "b=2"]);
    expect(headers.has("x-b")).toBe(false);
  });

  it("prefixes internal redirect destinations with the basePath unless basePath: false", () => {
    const rules = [
      { source: "/old", destination: "/new", status: 308 as const },
      { source: "/outside", destination: "/elsewhere", status: 307 as const, basePath: false as const },
    ];
    expect(findRedirect(rules, req("/old"), paths("/old", "/docs/old"), "/docs")?.headers.get("location")).toBe("/docs/new");
    expect(findRedirect(rules, req("/outside"), paths(undefined, "/outside"), "/docs")?.headers.get("location")).toBe("/elsewhere");
    expect(findRedirect(rules, req("/old"), paths(undefined, "/old"), "/docs")).toBeUndefined();
  });

  it("rewrites to app paths, and reports external destinations", () => {
    expect(applyRewrite({ source: "/a/:x", destination: "/b/:x" }, req("/a/1"), paths("/a/1", "/a/1"), "")).toMatchObject({ href: "/b/1", external: false });
    expect(applyRewrite({ source: "/a", destination: "https://up.example/x" }, req("/a"), paths("/a", "/a"), "")).toMatchObject({ external: true, href: "https://up.example/x" });
    expect(applyRewrite({ source: "/docs/a", destination: "/docs/b", basePath: false }, req("/a"), paths("/a", "/docs/a"), "/docs")?.href).toBe("/b");
  });
});
