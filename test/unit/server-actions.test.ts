// Pure parts of Server Actions: the CSRF origin check and allowedOrigins wildcards
// (Next: test/e2e/app-dir/actions-allowed-origins, docs "serverActions.allowedOrigins"),
// action ids in no-JS form submissions, the size-capped body reader and
// experimental.serverActions config (test/e2e/app-dir/actions/app-action-size-limit-invalid.test.ts).
import { describe, expect, it, vi } from "vitest";
import { BodyTooLargeError, DRAIN_FACTOR, readBodyCapped } from "../../src/runtime/server/action-body";
import { checkActionOrigin, formActionId, matchOriginPattern, validActionId } from "../../src/runtime/server/action-guard";
import { DEFAULT_BODY_SIZE_LIMIT, parseSizeLimit, resolveServerActionsConfig } from "../../src/vite/server-actions-config";

describe("matchOriginPattern", () => {
  it.each<[string, string, boolean]>([
    ["my-proxy.com", "my-proxy.com", true],
    ["my-proxy.com:8443", "my-proxy.com:8443", true],
    ["my-proxy.com:8443", "my-proxy.com", false],
    ["a.my-proxy.com", "*.my-proxy.com", true],
    ["my-proxy.com", "*.my-proxy.com", false],
    ["a.b.my-proxy.com", "*.my-proxy.com", false],
    ["a.b.my-proxy.com", "**.my-proxy.com", true],
    ["a.my-proxy.com", "**.my-proxy.com", true],
    ["my-proxy.com", "**.my-proxy.com", false],
    ["a.my-proxy.com", "a.**.com", false],
    ["evil-my-proxy.com", "*my-proxy.com", false],
    ["a.my-proxy.com", "*.MY-PROXY.com", true],
    ["x.com", "", false],
    ["x.com", "x..com", false],
  ])("%s against %s → %s", (host, pattern, expected) => {
    expect(matchOriginPattern(host, pattern)).toBe(expected);
  });
});

describe("checkActionOrigin", () => {
  const url = new URL("http://app.test:3000/page");
  const check = (headers: Record<string, string>, allowed: string[] = [], trustProxy = false) => checkActionOrigin(new Headers(headers), url, allowed, trustProxy);

  it("accepts the same host, compared case-insensitively", () => {
    expect(check({ origin: "http://app.test:3000", host: "app.test:3000" }).ok).toBe(true);
    expect(check({ origin: "http://APP.test:3000", host: "app.TEST:3000" }).ok).toBe(true);
  });

  it("ignores x-forwarded-host unless the proxy is trusted (a client could forge it)", () => {
    expect(check({ origin: "https://public.example", host: "internal:3000", "x-forwarded-host": "public.example" }).ok).toBe(false);
    expect(check({ origin: "http://internal:3000", host: "internal:3000", "x-forwarded-host": "public.example" }).ok).toBe(true);
  });

  it("prefers x-forwarded-host (first value) over Host behind a trusted proxy (trustProxy / VINEXT_TRUST_PROXY)", () => {
    expect(check({ origin: "https://public.example", host: "internal:3000", "x-forwarded-host": "public.example, internal" }, [], true).ok).toBe(true);
    expect(check({ origin: "http://internal:3000", host: "internal:3000", "x-forwarded-host": "public.example" }, [], true).ok).toBe(false);
  });

  it("accepts allowedOrigins entries and rejects everything else without throwing", () => {
    expect(check({ origin: "https://a.proxy.example", host: "app.test:3000" }, ["*.proxy.example"]).ok).toBe(true);
    for (const origin of ["https://evil.example", "null", "http://", "not-a-url", "file:///etc/passwd", "http://app.test:3001"]) {
      const verdict = check({ origin, host: "app.test:3000" }, ["*.proxy.example"]);
      expect(verdict.ok, origin).toBe(false);
    }
  });

  it("lets a request without Origin through with a warning (Next does the same)", () => {
    expect(check({ host: "app.test:3000" })).toEqual({ ok: true, warning: "no Origin header" });
  });
});

describe("action ids", () => {
  it.each<[string | null, string | undefined]>([
    ["abc123#save", "abc123#save"],
    ["/app/actions.ts#$$hoist_0_save", "/app/actions.ts#$$hoist_0_save"],
    ["no-hash", undefined],
    ["#name", undefined],
    ["module#", undefined],
    ["a#b#c", undefined],
    [null, undefined],
    [`${"x".repeat(2000)}#a`, undefined],
  ])("validActionId(%j)", (id, expected) => {
    expect(validActionId(id)).toBe(expected);
  });

  const form = (entries: [string, string][]) => {
    const data = new FormData();
    for (const [key, value] of entries) data.append(key, value);
    return data;
  };

  it("reads $ACTION_ID_ and the metadata of $ACTION_REF_ (ids are validated later)", () => {
    expect(formActionId(form([["$ACTION_ID_nohash", ""]]))).toEqual({ kind: "id", id: "nohash" });
    expect(formActionId(form([["name", "x"]]))).toEqual({ kind: "none" });
    expect(formActionId(form([["$ACTION_ID_abc#save", ""], ["name", "x"]]))).toEqual({ kind: "id", id: "abc#save" });
    expect(formActionId(form([["$ACTION_REF_1", ""], ["$ACTION_1:0", '{"id":"abc#inc","bound":"$@1"}'], ["$ACTION_1:1", "[0]"]]))).toEqual({
      kind: "id",
      id: "abc#inc",
    });
  });

  it.each<[string, [string, string][]]>([
    ["a ref without metadata", [["$ACTION_REF_1", ""]]],
    ["metadata that is not JSON", [["$ACTION_REF_1", ""], ["$ACTION_1:0", "{oops"]]],
    ["metadata without an id", [["$ACTION_REF_1", ""], ["$ACTION_1:0", '{"bound":null}']]],
    ["metadata whose id is not a string", [["$ACTION_REF_1", ""], ["$ACTION_1:0", '{"id":7,"bound":null}']]],
  ])("rejects %s", (_label, entries) => {
    expect(formActionId(form(entries)).kind).toBe("invalid");
  });
});

describe("readBodyCapped", () => {
  const post = (body: BodyInit, headers: Record<string, string> = {}) =>
    new Request("http://x/", { method: "POST", body, headers, duplex: "half" } as RequestInit);

  it("returns the body when it fits", async () => {
    expect(new TextDecoder().decode(await readBodyCapped(post("hello"), 5))).toBe("hello");
  });

  const endless = () => {
    const pull = vi.fn((controller: ReadableStreamDefaultController<Uint8Array>) => controller.enqueue(new Uint8Array(1000)));
    return { pull, stream: new ReadableStream<Uint8Array>({ pull }, { highWaterMark: 0 }) };
  };

  it("rejects a declared Content-Length far over the limit without reading", async () => {
    const { pull, stream } = endless();
    await expect(readBodyCapped(post(stream, { "content-length": String(10 * DRAIN_FACTOR + 1) }), 10)).rejects.toBeInstanceOf(BodyTooLargeError);
    expect(pull.mock.calls.length).toBeLessThanOrEqual(1);
  });

  it("counts the stream whatever Content-Length said, and gives up on an endless one after draining a bounded amount", async () => {
    const { pull, stream } = endless();
    await expect(readBodyCapped(post(stream, { "content-length": "10" }), 4500)).rejects.toBeInstanceOf(BodyTooLargeError);
    // 4.5 kB limit: reads 5 chunks, drops up to 8 × 4.5 kB more, then cancels.
    expect(pull.mock.calls.length).toBeGreaterThan(5);
    expect(pull.mock.calls.length).toBeLessThan(40);
  });
});

describe("experimental.serverActions", () => {
  it.each<[unknown, number | undefined]>([
    [1000, 1000],
    ["500kb", 500 * 1024],
    ["2mb", 2 * 1024 * 1024],
    ["1.5MB", 1.5 * 1024 * 1024],
    ["3000", 3000],
    [-3000, undefined],
    ["-3000mb", undefined],
    ["testmb", undefined],
    [0, undefined],
    [Number.NaN, undefined],
    [null, undefined],
  ])("parseSizeLimit(%j) → %j", (value, expected) => {
    expect(parseSizeLimit(value)).toBe(expected);
  });

  it("defaults to 1 MB and no extra origins", () => {
    expect(resolveServerActionsConfig({}, "next.config.js", () => {})).toEqual({ allowedOrigins: [], bodySizeLimit: DEFAULT_BODY_SIZE_LIMIT });
  });

  it("reads allowedOrigins and bodySizeLimit", () => {
    const config = { experimental: { serverActions: { allowedOrigins: ["My-Proxy.com", "*.proxy.com"], bodySizeLimit: "2mb" } } };
    expect(resolveServerActionsConfig(config, "next.config.js", () => {})).toEqual({ allowedOrigins: ["my-proxy.com", "*.proxy.com"], bodySizeLimit: 2 * 1024 * 1024 });
  });

  it("fails on invalid values with a [vinext] message naming the file and the key", () => {
    expect(() => resolveServerActionsConfig({ experimental: { serverActions: { bodySizeLimit: "testmb" } } }, "next.config.js")).toThrow(
      /\[vinext\] next\.config\.js: "experimental\.serverActions\.bodySizeLimit" must be/,
    );
    expect(() => resolveServerActionsConfig({ experimental: { serverActions: { allowedOrigins: "x.com" } } }, "next.config.js")).toThrow(/allowedOrigins/);
  });

  it("warns once about experimental keys it does not implement", () => {
    const warn = vi.fn();
    resolveServerActionsConfig({ experimental: { ppr: true, serverActions: { unknownOption: 1 } } }, "next.config.js", warn);
    resolveServerActionsConfig({ experimental: { ppr: true } }, "next.config.js", warn);
    expect(warn.mock.calls.map(([message]) => message)).toEqual([
      '[vinext] next.config: "experimental.ppr" is not supported by vinext yet and is ignored.',
      '[vinext] next.config: "experimental.serverActions.unknownOption" is not supported by vinext yet and is ignored.',
    ]);
  });
});
