// next.config `assetPrefix` (src/vite/base-path-plugin.ts): the forms Next accepts
// (a path or an absolute URL; docs "assetPrefix"), where built files are linked
// and where the app serves them (test/e2e/app-dir/asset-prefix,
// test/e2e/invalid-static-asset-404-app-asset-prefix).
import { describe, expect, it } from "vitest";
import { builtAssetsOf, resolveAssetPrefix } from "../../src/vite/base-path-plugin";

const options = (assetPrefix: unknown, basePath = "") => ({ nextConfig: { assetPrefix }, nextConfigFile: "next.config.mjs", pipeline: { basePath } }) as unknown as Parameters<typeof builtAssetsOf>[0];

describe("assetPrefix", () => {
  it.each([
    [undefined, ""],
    ["", ""],
    ["/cdn", "/cdn"],
    ["/cdn/", "/cdn"],
    ["https://cdn.example.com", "https://cdn.example.com"],
    ["https://cdn.example.com/static/", "https://cdn.example.com/static"],
  ])("accepts %j as %j", (value, expected) => {
    expect(resolveAssetPrefix(value, "next.config.mjs")).toBe(expected);
  });

  it.each([["cdn"], ["./"], ["//cdn.example.com"], ["ftp://cdn.example.com"], ["/cdn?x"], [42]])("refuses %j naming the key", (value) => {
    expect(() => resolveAssetPrefix(value, "next.config.mjs")).toThrow(/\[vinext\] next\.config\.mjs: "assetPrefix" must be/);
  });

  it.each([
    [undefined, "", { url: "/assets/", path: "/assets/" }],
    [undefined, "/docs", { url: "/docs/assets/", path: "/docs/assets/" }],
    ["/cdn", "", { url: "/cdn/assets/", path: "/cdn/assets/" }],
    ["/docs", "/docs", { url: "/docs/assets/", path: "/docs/assets/" }],
    ["/cdn", "/docs", { url: "/cdn/assets/", path: "/cdn/assets/" }],
    // An origin is a CDN pulling the files from the app, which serves them under its basePath.
    ["https://cdn.example.com", "/docs", { url: "https://cdn.example.com/assets/", path: "/docs/assets/" }],
  ])("assetPrefix %j with basePath %j: built files at %j", (prefix, basePath, expected) => {
    expect(builtAssetsOf(options(prefix, basePath))).toEqual(expected);
  });
});
