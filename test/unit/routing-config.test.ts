// next.config redirects/rewrites/headers validation at build time, after Next's
// test/integration/custom-routes and test/integration/invalid-custom-routes:
// invalid values fail naming the key and rule, redirect loops and disallowed
// schemes fail the build.
import { describe, expect, it } from "vitest";
import { findRedirectLoop, samplePath } from "../../src/vite/redirect-loops";
import { resolveRoutingRules } from "../../src/vite/routing-config";

const resolve = (config: Record<string, unknown>) => resolveRoutingRules(config, "next.config.mjs");

describe("resolveRoutingRules", () => {
  it("turns permanent/statusCode into a status and keeps the rest as data", async () => {
    const rules = await resolve({
      redirects: async () => [
        { source: "/a", destination: "/b", permanent: true },
        { source: "/c", destination: "/d", permanent: false },
        { source: "/e", destination: "https://example.com/:x", statusCode: 301, has: [{ type: "query", key: "x" }] },
      ],
      headers: async () => [{ source: "/:path*", headers: [{ key: "x-a", value: "1" }] }],
    });
    expect(rules.redirects.map((r) => r.status)).toEqual([308, 307, 301]);
    expect(rules.headers[0]!.headers).toEqual([{ key: "x-a", value: "1" }]);
    expect(rules.rewrites).toEqual({ beforeFiles: [], afterFiles: [], fallback: [] });
  });

  it("accepts the array form (afterFiles) and the phase object", async () => {
    expect((await resolve({ rewrites: async () => [{ source: "/a", destination: "/b" }] })).rewrites.afterFiles).toHaveLength(1);
    const phased = await resolve({ rewrites: async () => ({ beforeFiles: [{ source: "/a", destination: "/b" }], fallback: [{ source: "/:p*", destination: "https://old.example/:p*" }] }) });
    expect([phased.rewrites.beforeFiles.length, phased.rewrites.afterFiles.length, phased.rewrites.fallback.length]).toEqual([1, 0, 1]);
  });

  it.each<[string, Record<string, unknown>, RegExp]>([
    ["a non-function key", { redirects: [] }, /next\.config\.mjs: redirects: must be an async function/],
    ["a non-array result", { headers: async () => ({}) }, /headers: must be an array/],
    ["a source without /", { redirects: async () => [{ source: "a", destination: "/b", permanent: true }] }, /redirects\[0\]: "source" is an invalid pattern/],
    ["neither permanent nor statusCode", { redirects: async () => [{ source: "/a", destination: "/b" }] }, /redirects\[0\]: "permanent" .* or "statusCode" is required/],
    ["both permanent and statusCode", { redirects: async () => [{ source: "/a", destination: "/b", permanent: true, statusCode: 301 }] }, /cannot both be set/],
    ["a bad statusCode", { redirects: async () => [{ source: "/a", destination: "/b", statusCode: 200 }] }, /"statusCode" must be 301, 302, 303, 307 or 308/],
    ["an unknown field", { rewrites: async () => [{ source: "/a", destination: "/b", permanent: true }] }, /rewrites\[0\]: unknown field "permanent"/],
    ["an unknown phase", { rewrites: async () => ({ before: [] }) }, /rewrites: unknown field "before"/],
    ["a relative destination", { rewrites: async () => [{ source: "/a", destination: "b" }] }, /must start with "\/" or be an absolute URL/],
    ["an unknown destination param", { rewrites: async () => [{ source: "/a/:x", destination: "/b/:y" }] }, /uses ":y", which "source"/],
    ["a bad has type", { headers: async () => [{ source: "/a", has: [{ type: "body", key: "x" }], headers: [] }] }, /headers\[0\]\.has\[0\]: "type" must be one of/],
    ["a host condition without value", { redirects: async () => [{ source: "/a", destination: "/b", permanent: true, has: [{ type: "host" }] }] }, /"value" is required for type "host"/],
    ["an invalid has regex", { redirects: async () => [{ source: "/a", destination: "/b", permanent: true, has: [{ type: "query", key: "q", value: "(" }] }] }, /not a valid regular expression/],
    ["basePath: true", { rewrites: async () => [{ source: "/a", destination: "/b", basePath: true }] }, /"basePath" can only be false/],
    ["a bad header name", { headers: async () => [{ source: "/a", headers: [{ key: "bad header", value: "1" }] }] }, /"key" must be a valid header name/],
    ["a non-string header value", { headers: async () => [{ source: "/a", headers: [{ key: "x", value: 1 }] }] }, /"value" must be a string/],
  ])("fails on %s, naming the key", async (_label, config, message) => {
    await expect(resolve(config)).rejects.toThrow(message);
    await expect(resolve(config)).rejects.toThrow(/^\[vinext\] next\.config\.mjs: /);
  });

  it.each(["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<script>x</script>", "file:///etc/passwd", " vbscript:x"])(
    "refuses the destination %s",
    async (destination) => {
      await expect(resolve({ redirects: async () => [{ source: "/x", destination, permanent: false }] })).rejects.toThrow(/disallowed scheme/);
      await expect(resolve({ rewrites: async () => [{ source: "/x", destination }] })).rejects.toThrow(/disallowed scheme/);
    },
  );

  it("fails on a redirect loop, naming the chain", async () => {
    await expect(
      resolve({
        redirects: async () => [
          { source: "/a", destination: "/b", permanent: true },
          { source: "/b", destination: "/a", permanent: true },
        ],
      }),
    ).rejects.toThrow(/redirect loop: \/a → \/b → \/a/);
  });

  it("reports what a config function throws", async () => {
    await expect(resolve({ rewrites: async () => { throw new Error("boom"); } })).rejects.toThrow(/redirects\/rewrites\/headers failed: boom/);
  });
});

describe("findRedirectLoop", () => {
  const r = (source: string, destination: string, extra: object = {}) => ({ source, destination, status: 307 as const, ...extra });
  it.each<[string, ReturnType<typeof r>[], string[] | undefined]>([
    ["a self loop with params", [r("/p/:x", "/p/:x")], ["/p/x", "/p/x"]],
    ["a three-step loop", [r("/a", "/b"), r("/b", "/c"), r("/c", "/a")], ["/a", "/b", "/c", "/a"]],
    ["a chain that ends", [r("/a", "/b"), r("/b", "/c")], undefined],
    ["a loop guarded by has", [r("/a", "/b"), r("/b", "/a", { has: [{ type: "query", key: "x" }] })], undefined],
    ["an external destination", [r("/a", "https://a.example/a")], undefined],
    ["a wildcard that moves on", [r("/old/:path*", "/new/:path*")], undefined],
  ])("%s", (_label, rules, expected) => {
    expect(findRedirectLoop(rules)).toEqual(expected);
  });

  it("samples paths that satisfy regex params", () => {
    expect(samplePath("/post/:id(\\d+)")).toBe("/post/1");
    expect(samplePath("/docs/:path*")).toBe("/docs/x");
  });
});
