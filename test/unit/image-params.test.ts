// /_next/image request validation, pattern matching, private addresses and format
// negotiation. Follows Next's test/integration/image-optimizer/test/util.ts (400s for
// bad w / q / url, "is not allowed"), test/unit/image-optimizer/match-remote-pattern.test.ts
// and match-local-pattern.test.ts, and the docs for remotePatterns / qualities / formats.
import { describe, expect, it } from "vitest";
import { IMAGE_DEFAULTS, type ImageConfig } from "../../src/runtime/image/config";
import { negotiateFormat, outputType, passesThrough, sniffImageType } from "../../src/runtime/server/image-format";
import { maxAgeOf } from "../../src/runtime/server/image-optimizer";
import { parseImageParams } from "../../src/runtime/server/image-params";
import { isPrivateHost, localAllowed, matchRemotePattern } from "../../src/runtime/server/image-patterns";

const config: ImageConfig = { ...IMAGE_DEFAULTS, remotePatterns: [{ protocol: "https", hostname: "**.example.com", pathname: "/img/**" }], domains: ["legacy.test"] };
const parse = (query: string, c: ImageConfig = config) => parseImageParams(new URLSearchParams(query), c);

describe("parseImageParams", () => {
  it.each<[string, string]>([
    ["", '"url" parameter is required'],
    ["url=/a.png&url=/b.png&w=640&q=75", '"url" parameter cannot be an array'],
    ["url=//evil.test/a.png&w=640&q=75", '"url" parameter cannot be a protocol-relative URL (//)'],
    [`url=/${"a".repeat(3100)}&w=640&q=75`, '"url" parameter is too long'],
    ["url=/_next/image%3Furl%3D%2Fa.png&w=640&q=75", '"url" parameter cannot be recursive'],
    ["url=ftp://cdn.example.com/img/a.png&w=640&q=75", '"url" parameter is invalid'],
    ["url=https%3A%2F%2F&w=640&q=75", '"url" parameter is invalid'],
    ["url=https://evil.test/img/a.png&w=640&q=75", '"url" parameter is not allowed'],
    ["url=https://cdn.example.com/other/a.png&w=640&q=75", '"url" parameter is not allowed'],
    ["url=http://cdn.example.com/img/a.png&w=640&q=75", '"url" parameter is not allowed'],
    ["url=/a.png&q=75", '"w" parameter (width) is required'],
    ["url=/a.png&w=abc&q=75", '"w" parameter (width) must be an integer greater than 0'],
    ["url=/a.png&w=0&q=75", '"w" parameter (width) must be an integer greater than 0'],
    ["url=/a.png&w=-1&q=75", '"w" parameter (width) must be an integer greater than 0'],
    ["url=/a.png&w=641&q=75", '"w" parameter (width) of 641 is not allowed'],
    ["url=/a.png&w=16&q=75", '"w" parameter (width) of 16 is not allowed'],
    ["url=/a.png&w=640", '"q" parameter (quality) is required'],
    ["url=/a.png&w=640&q=101", '"q" parameter (quality) must be an integer between 1 and 100'],
    ["url=/a.png&w=640&q=7.5", '"q" parameter (quality) must be an integer between 1 and 100'],
    ["url=/a.png&w=640&q=50", '"q" parameter (quality) of 50 is not allowed'],
  ])("%s → %s", (query, message) => {
    expect(parse(query)).toEqual({ ok: false, message });
  });

  it("accepts configured widths and qualities, local and remote", () => {
    expect(parse("url=/a.png&w=640&q=75")).toEqual({ ok: true, params: { source: { kind: "local", pathname: "/a.png", search: "", href: "/a.png" }, width: 640, quality: 75 } });
    // Next 16's default localPatterns allow any path but no query string.
    expect(parse("url=%2Fassets%2Fpic-x.png%3Fv%3D1&w=32&q=75")).toEqual({ ok: false, message: '"url" parameter is not allowed' });
    expect(parse("url=%2Fassets%2Fpic-x.png%3Fv%3D1&w=32&q=75", { ...config, localPatterns: undefined })).toMatchObject({ ok: true, params: { source: { pathname: "/assets/pic-x.png", search: "?v=1" }, width: 32 } });
    const remote = parse("url=https://a.b.example.com/img/x/y.jpg&w=3840&q=75");
    expect(remote.ok && remote.params.source.kind === "remote" && remote.params.source.url.href).toBe("https://a.b.example.com/img/x/y.jpg");
    expect(parse("url=https://legacy.test/anything.png&w=640&q=75").ok).toBe(true);
    expect(parse("url=/a.png&w=64&q=50", { ...config, qualities: [50, 90] }).ok).toBe(true);
    expect(parse("url=/a.png&w=100&q=75", { ...config, imageSizes: [100] }).ok).toBe(true);
  });

  it("localPatterns limit local paths and their query", () => {
    const local = { ...config, localPatterns: [{ pathname: "/assets/**", search: "" }] };
    expect(parse("url=/assets/a.png&w=640&q=75", local).ok).toBe(true);
    expect(parse("url=/secret/a.png&w=640&q=75", local)).toEqual({ ok: false, message: '"url" parameter is not allowed' });
    expect(parse("url=/assets/a.png%3Fx%3D1&w=640&q=75", local)).toEqual({ ok: false, message: '"url" parameter is not allowed' });
    expect(localAllowed("/a.png", "?v=1", undefined)).toBe(true);
  });
});

describe("parseImageParams with an origin assetPrefix", () => {
  // A static import linked as https://cdn.example.test/assets/pic.png is the app's own /assets/pic.png.
  const cdn: ImageConfig = { ...IMAGE_DEFAULTS, builtAssets: { url: "https://cdn.example.test/assets/", path: "/docs/assets/" } };
  it("reads a built asset's CDN URL as the local file, without remotePatterns", () => {
    const result = parse("url=https%3A%2F%2Fcdn.example.test%2Fassets%2Fpic.abc.png&w=640&q=75", cdn);
    expect(result.ok && result.params.source).toEqual({ kind: "local", pathname: "/docs/assets/pic.abc.png", search: "", href: "/docs/assets/pic.abc.png" });
  });
  it("still refuses other URLs on the CDN host", () => {
    expect(parse("url=https%3A%2F%2Fcdn.example.test%2Fother.png&w=640&q=75", cdn)).toEqual({ ok: false, message: '"url" parameter is not allowed' });
  });
});

describe("matchRemotePattern", () => {
  const u = (href: string) => new URL(href);
  it.each<[string, Parameters<typeof matchRemotePattern>[0], string, boolean]>([
    ["exact host", { hostname: "example.com" }, "https://example.com/a.png", true],
    ["other host", { hostname: "example.com" }, "https://example.org/a.png", false],
    ["* is one subdomain", { hostname: "*.example.com" }, "https://a.example.com/x", true],
    ["* is not two", { hostname: "*.example.com" }, "https://a.b.example.com/x", false],
    ["* is not zero", { hostname: "*.example.com" }, "https://example.com/x", false],
    ["** is any depth", { hostname: "**.example.com" }, "https://a.b.example.com/x", true],
    ["protocol", { protocol: "https", hostname: "example.com" }, "http://example.com/x", false],
    ["port must match", { hostname: "example.com", port: "8080" }, "https://example.com/x", false],
    ["port matches", { hostname: "example.com", port: "8080" }, "https://example.com:8080/x", true],
    ["pathname /img/**", { hostname: "example.com", pathname: "/img/**" }, "https://example.com/img/a/b.png", true],
    ["pathname /img/*", { hostname: "example.com", pathname: "/img/*" }, "https://example.com/img/a/b.png", false],
    ["pathname elsewhere", { hostname: "example.com", pathname: "/img/**" }, "https://example.com/imgs/a.png", false],
    ["search exact", { hostname: "example.com", search: "?v=1" }, "https://example.com/a.png?v=1", true],
    ["search differs", { hostname: "example.com", search: "?v=1" }, "https://example.com/a.png?v=2", false],
    ["dots are literal", { hostname: "example.com" }, "https://exampleXcom/a.png", false],
  ])("%s", (_name, pattern, href, expected) => {
    expect(matchRemotePattern(pattern, u(href))).toBe(expected);
  });
});

describe("isPrivateHost", () => {
  const host = (href: string) => new URL(href).hostname;
  it.each<[string, boolean]>([
    ["http://127.0.0.1/", true],
    ["http://127.1/", true],
    ["http://2130706433/", true],
    ["http://0x7f000001/", true],
    ["http://10.0.0.5/", true],
    ["http://172.16.3.4/", true],
    ["http://172.32.0.1/", false],
    ["http://192.168.1.1/", true],
    ["http://169.254.169.254/", true],
    ["http://100.64.0.1/", true],
    ["http://0.0.0.0/", true],
    ["http://localhost/", true],
    ["http://app.localhost/", true],
    ["http://[::1]/", true],
    ["http://[::ffff:127.0.0.1]/", true],
    ["http://[::ffff:10.1.2.3]/", true],
    ["http://[fd00::1]/", true],
    ["http://[fe80::1]/", true],
    ["http://[2606:4700::1111]/", false],
    ["http://8.8.8.8/", false],
    ["https://example.com/", false],
  ])("%s → %s", (href, expected) => {
    expect(isPrivateHost(host(href))).toBe(expected);
  });
  it("bare addresses from DNS", () => {
    expect(isPrivateHost("::1")).toBe(true);
    expect(isPrivateHost("93.184.216.34")).toBe(false);
  });
});

describe("formats", () => {
  const bytes = (...parts: (number[] | string)[]) => new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...p].map((c) => c.charCodeAt(0)) : p)));
  it.each<[string, Uint8Array, string | undefined]>([
    ["png", bytes([0x89], "PNG\r\n"), "image/png"],
    ["jpeg", bytes([0xff, 0xd8, 0xff, 0xe0]), "image/jpeg"],
    ["gif", bytes("GIF89a"), "image/gif"],
    ["webp", bytes("RIFF", [0, 0, 0, 0], "WEBPVP8 "), "image/webp"],
    ["avif", bytes([0, 0, 0, 0x1c], "ftypavif"), "image/avif"],
    ["svg", bytes("  <svg xmlns='http://www.w3.org/2000/svg'/>"), "image/svg+xml"],
    ["xml svg", bytes("<?xml version='1.0'?><svg/>"), "image/svg+xml"],
    ["ico", bytes([0, 0, 1, 0, 1, 0]), "image/x-icon"],
    ["html", bytes("<html><body>hi</body></html>"), undefined],
  ])("sniffs %s", (_name, b, type) => {
    expect(sniffImageType(b)).toBe(type);
  });

  it("passes vector, icon and animated images through", () => {
    expect(passesThrough(bytes("<svg/>"), "image/svg+xml")).toBe(true);
    expect(passesThrough(bytes("GIF89a"), "image/gif")).toBe(true);
    expect(passesThrough(bytes([0x89], "PNG", "....IHDR....acTL....IDAT"), "image/png")).toBe(true);
    expect(passesThrough(bytes([0x89], "PNG", "....IHDR....IDAT"), "image/png")).toBe(false);
  });

  it.each<[string | null, string[], string | undefined]>([
    ["image/avif,image/webp,image/apng,image/*,*/*;q=0.8", ["image/webp"], "image/webp"],
    ["image/avif,image/webp,image/*,*/*;q=0.8", ["image/avif", "image/webp"], "image/avif"],
    ["image/webp;q=1,image/avif;q=0.5", ["image/avif", "image/webp"], "image/webp"],
    ["image/avif;q=0,image/webp", ["image/avif"], undefined],
    ["image/*,*/*", ["image/webp"], undefined],
    [null, ["image/webp"], undefined],
  ])("Accept %s with formats %j → %s", (accept, formats, expected) => {
    expect(negotiateFormat(accept, formats)).toBe(expected);
  });

  it("falls back to the source's format (WebP/AVIF to JPEG)", () => {
    expect(outputType(undefined, "image/png")).toBe("image/png");
    expect(outputType(undefined, "image/webp")).toBe("image/jpeg");
    expect(outputType("image/avif", "image/png")).toBe("image/avif");
  });
});

describe("maxAgeOf", () => {
  it.each<[string | null, number, number]>([
    [null, 14400, 14400],
    ["public, max-age=60", 14400, 14400],
    ["public, max-age=99999", 14400, 99999],
    ["s-maxage=50000, max-age=10", 0, 50000],
    ["no-store", 60, 60],
  ])("%s with minimum %d → %d", (header, minimum, expected) => {
    expect(maxAgeOf(header, minimum)).toBe(expected);
  });
});
