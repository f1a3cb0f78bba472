// app/ → route manifest. Conventions: https://nextjs.org/docs/app/api-reference/file-conventions
// (route groups: test/e2e/app-dir/conflicting-page-segments; private folders:
// test/e2e/app-dir/underscore-ignore-app-paths; page extensions: test/e2e/app-dir/mdx)
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { scanApp } from "../../src/vite/routing/scan-app";

const base = join(import.meta.dirname, "../../.tmp/unit-scan-app");
let n = 0;
function appDir(files: string[]): string {
  const dir = join(base, String(n++), "app");
  mkdirSync(dir, { recursive: true });
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), "export default function X() { return null }\n");
  }
  return dir;
}
afterAll(() => rmSync(base, { recursive: true, force: true }));

const TS = ["tsx", "ts", "jsx", "js"];
const patterns = (dir: string, exts = TS) => scanApp(dir, exts).routes.map((r) => r.pattern);

describe("scanApp: routes", () => {
  it.each<[string, string[], string[]]>([
    ["root page", ["layout.tsx", "page.tsx"], ["/"]],
    ["nested pages", ["layout.tsx", "page.tsx", "about/page.tsx", "blog/[slug]/page.tsx"], ["/", "/about", "/blog/[slug]"]],
    ["folder without page is not a route", ["layout.tsx", "page.tsx", "blog/layout.tsx", "blog/[slug]/page.tsx"], ["/", "/blog/[slug]"]],
    ["route groups add nothing to the URL", ["layout.tsx", "(marketing)/pricing/page.tsx", "(shop)/(inner)/cart/page.tsx"], ["/cart", "/pricing"]],
    ["route handler", ["layout.tsx", "api/hello/route.ts"], ["/api/hello"]],
    ["_private folders and everything below are ignored", ["layout.tsx", "page.tsx", "_lib/page.tsx", "_lib/deep/page.tsx", "blog/_parts/page.tsx"], ["/"]],
    ["@slot folders are skipped", ["layout.tsx", "page.tsx", "@modal/page.tsx", "@modal/photo/page.tsx"], ["/"]],
    ["non-special files are not routes", ["layout.tsx", "page.tsx", "about/helpers.ts", "about/page.module.css"], ["/"]],
  ])("%s", (_label, files, expected) => {
    expect(patterns(appDir(files))).toEqual(expected);
  });

  it("routes come out in precedence order", () => {
    const dir = appDir([
      "layout.tsx",
      "[...all]/page.tsx",
      "shop/[[...path]]/page.tsx",
      "blog/[slug]/page.tsx",
      "page.tsx",
      "blog/featured/page.tsx",
      "[lang]/page.tsx",
      "(g)/blog/page.tsx",
    ]);
    expect(patterns(dir)).toEqual(["/", "/blog", "/blog/featured", "/blog/[slug]", "/shop/[[...path]]", "/[lang]", "/[...all]"]);
  });

  it("each route carries its layout chain from the root, groups included", () => {
    const dir = appDir(["layout.tsx", "(shop)/layout.tsx", "(shop)/cart/layout.tsx", "(shop)/cart/[id]/page.tsx", "(shop)/cart/[id]/loading.tsx"]);
    const [route] = scanApp(dir, TS).routes;
    expect(route!.pattern).toBe("/cart/[id]");
    expect(route!.kind).toBe("page");
    expect(route!.chain.map((node) => node.dir)).toEqual(["", "(shop)", "(shop)/cart", "(shop)/cart/[id]"]);
    expect(route!.chain.map((node) => Object.keys(node.files).sort())).toEqual([["layout"], ["layout"], ["layout"], ["loading", "page"]]);
    expect(route!.chain[3]!.files.page).toBe(join(dir, "(shop)/cart/[id]/page.tsx"));
    expect(route!.segments).toEqual([{ kind: "static", value: "cart" }, { kind: "dynamic", name: "id" }]);
  });

  it("the manifest root holds the root layout and not-found", () => {
    const dir = appDir(["layout.tsx", "not-found.tsx", "about/page.tsx"]);
    expect(scanApp(dir, TS).root.files).toEqual({ layout: join(dir, "layout.tsx"), "not-found": join(dir, "not-found.tsx") });
  });

  it("a missing app dir gives an empty manifest", () => {
    expect(scanApp(join(base, "does-not-exist"), TS).routes).toEqual([]);
  });
});

describe("scanApp: pageExtensions", () => {
  const files = ["layout.tsx", "layout.js", "a/page.tsx", "b/page.js", "c/page.mdx", "d/page.md.tsx"];
  it.each<[string[], string[]]>([
    [["tsx"], ["/a"]],
    [["js"], ["/b"]],
    [["mdx"], ["/c"]],
    [["tsx", "mdx"], ["/a", "/c"]],
    [TS, ["/a", "/b"]],
  ])("%j", (exts, expected) => {
    expect(patterns(appDir(files), exts)).toEqual(expected);
  });

  it("layouts are also filtered by extension", () => {
    const dir = appDir(["layout.js", "page.tsx"]);
    expect(scanApp(dir, ["tsx"]).routes[0]!.chain[0]!.files).toEqual({ page: join(dir, "page.tsx") });
  });
});

describe("scanApp: errors", () => {
  it("two route groups resolving to one URL", () => {
    const dir = appDir(["layout.tsx", "(a)/about/page.tsx", "(b)/about/page.tsx"]);
    expect(() => scanApp(dir, TS)).toThrow(/^\[vinext\]/);
    expect(() => scanApp(dir, TS)).toThrow(join(dir, "(b)/about/page.tsx"));
    expect(() => scanApp(dir, TS)).toThrow(join(dir, "(a)/about/page.tsx"));
    expect(() => scanApp(dir, TS)).toThrow('"/about"');
  });

  it("a group page colliding with the root page", () => {
    const dir = appDir(["layout.tsx", "page.tsx", "(home)/page.tsx"]);
    expect(() => scanApp(dir, TS)).toThrow(/^\[vinext\].*same path "\/"/);
  });

  // "There cannot be a route.js file at the same route segment level as page.js."
  // https://nextjs.org/docs/app/api-reference/file-conventions/route
  it("page and route in one folder", () => {
    const dir = appDir(["layout.tsx", "api/page.tsx", "api/route.ts"]);
    expect(() => scanApp(dir, TS)).toThrow(/^\[vinext\]/);
    expect(() => scanApp(dir, TS)).toThrow(join(dir, "api"));
    expect(() => scanApp(dir, TS)).toThrow(/page and route/);
  });

  it.each(["[slug", "[[slug]]", "[...]", "x[id]"])("invalid folder %s names its path", (folder) => {
    const dir = appDir(["layout.tsx", `blog/${folder}/page.tsx`]);
    expect(() => scanApp(dir, TS)).toThrow(/^\[vinext\]/);
    expect(() => scanApp(dir, TS)).toThrow(join(dir, "blog", folder));
  });

  it("an invalid folder below a private folder is ignored", () => {
    const dir = appDir(["layout.tsx", "page.tsx", "_drafts/[broken/page.tsx"]);
    expect(patterns(dir)).toEqual(["/"]);
  });
});
