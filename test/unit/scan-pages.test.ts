// The pages/ scanner. Next: test/integration/dynamic-routing (precedence, catch-alls),
// test/integration/page-extensions, test/integration/api-support (pages/api).
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { findPagesDir, scanPages } from "../../src/vite/routing/scan-pages";
import { tmpRoot } from "../_harness/fixtures";

const root = join(tmpRoot, "unit-scan-pages");

function tree(files: string[]): string {
  rmSync(root, { recursive: true, force: true });
  for (const file of files) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), "export default 1;\n");
  }
  return join(root, "pages");
}

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("scanPages", () => {
  it("maps files to pages in Next's precedence, API routes apart, special files aside", () => {
    const dir = tree([
      "pages/index.tsx",
      "pages/about.tsx",
      "pages/blog/index.tsx",
      "pages/blog/[slug].tsx",
      "pages/blog/featured.tsx",
      "pages/docs/[...slug].tsx",
      "pages/shop/[[...path]].tsx",
      "pages/api/users/[id].ts",
      "pages/api/index.ts",
      "pages/_app.tsx",
      "pages/_document.tsx",
      "pages/_error.tsx",
      "pages/404.tsx",
      "pages/500.tsx",
      "pages/styles.css",
      "pages/types.d.ts",
      "pages/nested/_partial.tsx",
    ]);
    const { manifest, files } = scanPages(dir, ["tsx", "ts"]);
    expect(manifest.routes.map((r) => `${r.kind}:${r.page}`)).toEqual([
      "page:/",
      "page:/about",
      "api:/api",
      "api:/api/users/[id]",
      "page:/blog",
      "page:/blog/featured",
      "page:/blog/[slug]",
      "page:/docs/[...slug]",
      "page:/nested/_partial",
      "page:/shop/[[...path]]",
    ]);
    expect(manifest.special).toEqual(["/404", "/500", "/_app", "/_document", "/_error"]);
    expect(files["/blog/[slug]"]).toBe(join(dir, "blog/[slug].tsx"));
    expect(files["/_app"]).toBe(join(dir, "_app.tsx"));
  });

  it("honours pageExtensions (multi-part ones too)", () => {
    const dir = tree(["pages/a.page.tsx", "pages/b.tsx", "pages/c.mdx"]);
    expect(scanPages(dir, ["page.tsx", "mdx"]).manifest.routes.map((r) => r.page)).toEqual(["/a", "/c"]);
  });

  it("rejects two files for one page and misplaced catch-alls, naming the file", () => {
    expect(() => scanPages(tree(["pages/blog.tsx", "pages/blog/index.tsx"]), ["tsx"])).toThrow(/\[vinext\].*blog.*same page "\/blog"/);
    expect(() => scanPages(tree(["pages/[...all]/x.tsx"]), ["tsx"])).toThrow(/\[vinext\].*x\.tsx: a catch-all segment must be the last/);
    expect(() => scanPages(tree(["pages/[bad name].tsx"]), ["tsx"])).toThrow(/\[vinext\].*bad name/);
  });

  it("finds pages/ or src/pages/, and returns an empty manifest without either", () => {
    tree(["src/pages/index.tsx"]);
    expect(findPagesDir(root)).toBe(join(root, "src/pages"));
    tree(["pages/index.tsx", "src/pages/index.tsx"]);
    expect(findPagesDir(root)).toBe(join(root, "pages"));
    expect(scanPages(undefined, ["tsx"]).manifest).toEqual({ routes: [], special: [] });
  });
});
