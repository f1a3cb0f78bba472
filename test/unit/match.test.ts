// Route precedence and param extraction.
// https://nextjs.org/docs/app/api-reference/file-conventions/dynamic-routes
// (test/e2e/app-dir/dynamic, test/e2e/app-dir/catchall, test/integration/dynamic-routing)
import { describe, expect, it } from "vitest";
import { compareRoutes, MalformedPathError, matchRoute, splitPathname } from "../../src/runtime/routing/match";
import { formatPattern, parseFolder, type UrlSegment } from "../../src/runtime/routing/segments";

const route = (pattern: string) => ({
  pattern,
  segments: pattern
    .split("/")
    .filter(Boolean)
    .map((name) => (parseFolder(name) as { segment: UrlSegment }).segment),
});
const sorted = (patterns: string[]) => patterns.map(route).sort(compareRoutes).map((r) => r.pattern);

describe("compareRoutes", () => {
  it.each([
    ["/blog/featured", "/blog/[slug]"],
    ["/blog/[slug]", "/blog/[...all]"],
    ["/blog/[...all]", "/blog/[[...all]]"],
    ["/blog/featured", "/[...all]"],
    ["/blog/[slug]", "/[...all]"],
    ["/blog/[slug]", "/[slug]/featured"],
    ["/docs", "/docs/[[...slug]]"],
    ["/", "/[[...slug]]"],
    ["/[a]/static", "/[a]/[b]"],
    ["/[...all]", "/[[...all]]"],
  ])("%s before %s", (first, second) => {
    expect(compareRoutes(route(first), route(second))).toBeLessThan(0);
    expect(compareRoutes(route(second), route(first))).toBeGreaterThan(0);
  });

  it("sorts a shuffled list into precedence order", () => {
    const expected = [
      "/",
      "/blog",
      "/blog/featured",
      "/blog/[slug]",
      "/blog/[slug]/comments",
      "/blog/[...rest]",
      "/[lang]",
      "/[lang]/about",
      "/[...all]",
      "/[[...optional]]",
    ];
    const shuffled = [expected[6], expected[9], expected[2], expected[0], expected[8], expected[4], expected[1], expected[7], expected[5], expected[3]] as string[];
    expect(sorted(shuffled)).toEqual(expected);
    expect(sorted([...expected].reverse())).toEqual(expected);
  });
});

describe("matchRoute", () => {
  const table = [
    "/",
    "/blog/featured",
    "/blog/[slug]",
    "/docs/[...path]",
    "/shop/[[...rest]]",
    "/[lang]/about",
    "/[...all]",
  ].map(route).sort(compareRoutes);

  it.each<[string, string | null, Record<string, string | string[]>]>([
    ["/", "/", {}],
    ["/blog/featured", "/blog/featured", {}],
    ["/blog/featured/", "/blog/featured", {}],
    ["/blog/hello", "/blog/[slug]", { slug: "hello" }],
    ["/blog/hello/", "/blog/[slug]", { slug: "hello" }],
    ["/blog/caf%C3%A9", "/blog/[slug]", { slug: "café" }],
    ["/blog/a%2Fb", "/blog/[slug]", { slug: "a/b" }],
    ["/blog/100%25", "/blog/[slug]", { slug: "100%" }],
    ["/docs/a", "/docs/[...path]", { path: ["a"] }],
    ["/docs/a/b/c", "/docs/[...path]", { path: ["a", "b", "c"] }],
    ["/docs/a%2Fb/c", "/docs/[...path]", { path: ["a/b", "c"] }],
    ["/shop", "/shop/[[...rest]]", {}],
    ["/shop/x/y", "/shop/[[...rest]]", { rest: ["x", "y"] }],
    ["/en/about", "/[lang]/about", { lang: "en" }],
    ["/docs", "/[...all]", { all: ["docs"] }],
    ["/blog/hello/extra", "/[...all]", { all: ["blog", "hello", "extra"] }],
  ])("%s → %s %j", (path, pattern, params) => {
    const match = matchRoute(table, splitPathname(path));
    expect(match?.route.pattern).toBe(pattern);
    expect(match?.params).toEqual(params);
  });

  it("optional catch-all with zero segments has no param key", () => {
    const match = matchRoute(table, splitPathname("/shop"));
    expect(match).not.toBeNull();
    expect(match!.params).not.toHaveProperty("rest");
  });

  it.each([
    ["/blog/[slug]", "/blog"],
    ["/blog/[slug]", "/blog/a/b"],
    ["/docs/[...path]", "/docs"],
    ["/about", "/about/x"],
    ["/about", "/About"],
  ])("%s does not match %s", (pattern, path) => {
    expect(matchRoute([route(pattern)], splitPathname(path))).toBeNull();
  });

  it("formatPattern of the matched route equals its pattern", () => {
    for (const r of table) expect(formatPattern(r.segments)).toBe(r.pattern);
  });
});

describe("splitPathname", () => {
  it.each<[string, string[]]>([
    ["/", []],
    ["", []],
    ["/a/b/", ["a", "b"]],
    ["/a//b", ["a", "b"]],
    ["/%C3%A9t%C3%A9", ["été"]],
    ["/a%2Fb", ["a/b"]],
    ["/a%20b", ["a b"]],
  ])("%s → %j", (path, parts) => {
    expect(splitPathname(path)).toEqual(parts);
  });

  it.each(["/%E0%A4%A", "/%", "/%zz", "/ok/%C3", "/%FF"])("%s throws MalformedPathError", (path) => {
    expect(() => splitPathname(path)).toThrow(MalformedPathError);
    expect(() => splitPathname(path)).toThrow(/^\[vinext\] Malformed percent-encoding/);
  });
});
