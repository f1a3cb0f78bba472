// runtime/base-path.ts: app paths under next.config basePath and back
// (Next: test/integration/basepath — "/" is the basePath itself, queries and
// hashes stay, other origins and relative hrefs are left alone).
import { describe, expect, it } from "vitest";
import { addBasePath, hasBasePath, removeBasePath } from "../../src/runtime/base-path";

describe("basePath helpers", () => {
  it.each([
    ["/", "/docs"],
    ["/about", "/docs/about"],
    ["/about?x=1#h", "/docs/about?x=1#h"],
    ["/?x=1", "/docs?x=1"],
    ["https://other.test/a", "https://other.test/a"],
    ["//cdn.test/a", "//cdn.test/a"],
    ["#top", "#top"],
    ["about", "about"],
  ])("addBasePath(%j) → %j", (href, expected) => {
    expect(addBasePath(href, "/docs")).toBe(expected);
    expect(addBasePath(href, "")).toBe(href);
  });

  it.each([
    ["/docs", "/"],
    ["/docs/about", "/about"],
    ["/docs?x=1", "/?x=1"],
    ["/docsearch", "/docsearch"],
    ["/other", "/other"],
  ])("removeBasePath(%j) → %j", (path, expected) => {
    expect(removeBasePath(path, "/docs")).toBe(expected);
  });

  it("knows what lies under the basePath", () => {
    expect(hasBasePath("/docs/a", "/docs")).toBe(true);
    expect(hasBasePath("/docs", "/docs")).toBe(true);
    expect(hasBasePath("/docsearch", "/docs")).toBe(false);
    expect(hasBasePath("/anything", "")).toBe(true);
  });
});
