// Folder-name syntax of the App Router.
// https://nextjs.org/docs/app/api-reference/file-conventions/dynamic-routes (test/e2e/app-dir/dynamic)
import { describe, expect, it } from "vitest";
import { formatPattern, isDynamicPattern, parseFolder, type UrlSegment } from "../../src/runtime/routing/segments";
import { matchRoute, splitPathname } from "../../src/runtime/routing/match";

describe("parseFolder", () => {
  it.each([
    ["blog", { kind: "url", segment: { kind: "static", value: "blog" } }],
    ["café", { kind: "url", segment: { kind: "static", value: "café" } }],
    ["[slug]", { kind: "url", segment: { kind: "dynamic", name: "slug" } }],
    ["[post-id]", { kind: "url", segment: { kind: "dynamic", name: "post-id" } }],
    ["[...parts]", { kind: "url", segment: { kind: "catchAll", name: "parts" } }],
    ["[[...rest]]", { kind: "url", segment: { kind: "optionalCatchAll", name: "rest" } }],
    ["(marketing)", { kind: "group" }],
    ["_components", { kind: "private" }],
    ["@modal", { kind: "slot", name: "modal" }],
  ])("%s", (name, expected) => {
    expect(parseFolder(name)).toEqual(expected);
  });

  // Malformed brackets must never become a static URL segment silently.
  it.each(["[slug", "slug]", "[]", "[...]", "[[...]]", "[[slug]]", "[[...slug]", "[...slug]]", "[a][b]", "pre[slug]", "[slug]post", "[.slug]"])(
    "rejects malformed %s with a [vinext] error naming the folder",
    (name) => {
      expect(() => parseFolder(name)).toThrow(/^\[vinext\].*/);
      expect(() => parseFolder(name)).toThrow(name);
    },
  );

  it.each(["[1id]", "[a b]", "[...a.b]", "[[...a/b]]", "[a!]"])("rejects bad parameter name in %s", (name) => {
    expect(() => parseFolder(name)).toThrow(/^\[vinext\] Invalid parameter name/);
  });

  // "%5F" is the documented way to get a URL segment starting with "_":
  // https://nextjs.org/docs/app/getting-started/project-structure#private-folders
  // (test/e2e/app-dir/underscore-ignore-app-paths: app/%5Froutable-folder serves /_routable-folder)
  it("%5F-prefixed folder is routable as /_name", () => {
    const folder = parseFolder("%5Froutable-folder");
    expect(folder.kind).toBe("url");
    const route = { segments: [(folder as { segment: UrlSegment }).segment] };
    expect(matchRoute([route], splitPathname("/_routable-folder"))).not.toBeNull();
  });

  // Intercepting folders name the segment they catch and how many URL segments
  // up it sits ("root" for (...)); never a static URL segment named "(.)photo".
  // https://nextjs.org/docs/app/api-reference/file-conventions/intercepting-routes
  // (test/e2e/app-dir/parallel-routes-and-interception, test/e2e/app-dir/interception-*)
  it.each<[string, number | "root", UrlSegment]>([
    ["(.)photo", 0, { kind: "static", value: "photo" }],
    ["(..)photo", 1, { kind: "static", value: "photo" }],
    ["(..)(..)photo", 2, { kind: "static", value: "photo" }],
    ["(...)photo", "root", { kind: "static", value: "photo" }],
    ["(.)[id]", 0, { kind: "dynamic", name: "id" }],
    ["(..)[...rest]", 1, { kind: "catchAll", name: "rest" }],
  ])("%s intercepts %j levels up", (name, up, segment) => {
    expect(parseFolder(name)).toEqual({ kind: "intercept", up, segment });
  });

  it.each(["(.)", "(..)", "(.)(group)", "(..)@slot", "(....)x", "(.)(..)x"])("rejects malformed intercepting folder %s", (name) => {
    expect(() => parseFolder(name)).toThrow(/^\[vinext\] Invalid/);
  });
});

const S = (value: string): UrlSegment => ({ kind: "static", value });
const D = (name: string): UrlSegment => ({ kind: "dynamic", name });
const C = (name: string): UrlSegment => ({ kind: "catchAll", name });
const O = (name: string): UrlSegment => ({ kind: "optionalCatchAll", name });

describe("formatPattern / isDynamicPattern", () => {
  it.each<[UrlSegment[], string, boolean]>([
    [[], "/", false],
    [[S("about")], "/about", false],
    [[S("blog"), D("slug")], "/blog/[slug]", true],
    [[S("docs"), C("path")], "/docs/[...path]", true],
    [[S("shop"), O("rest")], "/shop/[[...rest]]", true],
    [[D("a"), S("x"), D("b")], "/[a]/x/[b]", true],
  ])("%j → %s", (segments, pattern, dynamic) => {
    expect(formatPattern(segments)).toBe(pattern);
    expect(isDynamicPattern(segments)).toBe(dynamic);
  });

  it.each(["/", "/about", "/blog/[slug]", "/docs/[...path]", "/shop/[[...rest]]", "/[a]/x/[b]"])(
    "round-trips %s through parseFolder",
    (pattern) => {
      const segments = pattern
        .split("/")
        .filter(Boolean)
        .map((name) => (parseFolder(name) as { segment: UrlSegment }).segment);
      expect(formatPattern(segments)).toBe(pattern);
    },
  );
});
