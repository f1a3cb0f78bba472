// The path-pattern compiler behind next.config rules and middleware matchers.
// Cases follow Next's docs (redirects "Path Matching", "Wildcard Path Matching",
// "Regex Path Matching") and test/integration/custom-routes/next.config.js sources.
import { describe, expect, it } from "vitest";
import { compilePathPattern, destinationParams, matchPathPattern, PatternError } from "../../src/runtime/routing/path-pattern";

const match = (source: string, path: string) => matchPathPattern(compilePathPattern(source), path);

describe("compilePathPattern / matchPathPattern", () => {
  it.each<[string, string, Record<string, string | string[]> | null]>([
    ["/about", "/about", {}],
    ["/about", "/about/more", null],
    ["/about", "/ABOUT", {}],
    ["/blog/:slug", "/blog/hello", { slug: "hello" }],
    ["/blog/:slug", "/blog", null],
    ["/blog/:slug", "/blog/a/b", null],
    ["/blog/:slug/", "/blog/hello", { slug: "hello" }],
    ["/docs/:path*", "/docs", {}],
    ["/docs/:path*", "/docs/a/b/c", { path: ["a", "b", "c"] }],
    ["/docs/:path+", "/docs", null],
    ["/docs/:path+", "/docs/a/b", { path: ["a", "b"] }],
    ["/shop/:item?", "/shop", {}],
    ["/shop/:item?", "/shop/x", { item: "x" }],
    ["/post/:id(\\d{1,})", "/post/123", { id: "123" }],
    ["/post/:id(\\d{1,})", "/post/abc", null],
    ["/:lang(en|fr)/about", "/fr/about", { lang: "fr" }],
    ["/((?!api|_next/static).*)", "/dashboard/x", { "0": "dashboard/x" }],
    ["/((?!api|_next/static).*)", "/api/hello", null],
    ["/(.*)", "/", { "0": "" }],
    ["/files/:name.:ext", "/files/report.pdf", { name: "report", ext: "pdf" }],
    ["/with-\\(paren\\)", "/with-(paren)", {}],
    ["/a/:b/c/:d*", "/a/1/c", { b: "1" }],
  ])("%s on %s", (source, path, expected) => {
    expect(match(source, path)).toEqual(expected);
  });

  it("is case-sensitive when asked", () => {
    expect(matchPathPattern(compilePathPattern("/About", { caseSensitive: true }), "/about")).toBeNull();
  });

  it("does not let a param cross a segment or swallow a query", () => {
    expect(match("/a/:x", "/a/b%2Fc")).toEqual({ x: "b%2Fc" });
    expect(match("/a/:x", "/a/b?c")).toBeNull();
  });

  it.each([
    ["about", /start with "\/"/],
    ["/a/*", /must follow a parameter/],
    ["/a/:", /missing parameter name/],
    ["/a/(b", /unbalanced/],
    ["/a/:x((b))", /capturing groups/],
    ["/a/{x}", /groups are not supported/],
    ["/a/:x/:x", /appears twice/],
    ["/a/([)", /not a valid regular expression/],
  ])("rejects %s", (source, message) => {
    expect(() => compilePathPattern(source)).toThrow(PatternError);
    expect(() => compilePathPattern(source)).toThrow(message);
  });
});

describe("destinationParams", () => {
  it("finds :params but not ports", () => {
    expect(destinationParams("https://:sub.example.com:8080/:path*?x=:id")).toEqual(["sub", "path", "id"]);
  });
});
