// next.config `images` handed to the platforms' optimisers (src/nitro/image-hosting.ts):
// Vercel's Build Output API `images` (regex sources for patterns, as Next's
// images-manifest; https://vercel.com/docs/build-output-api/configuration#images) and
// Netlify's Image CDN rewrite and remote_images (https://docs.netlify.com/image-cdn/overview/).
import { describe, expect, it } from "vitest";
import { IMAGE_DEFAULTS, type ImageConfig } from "../../src/runtime/image/config";
import { imageHostKind, imageHostModule } from "../../src/nitro/image-host-module";
import { netlifyImageRedirects, netlifyRemoteImages, remoteUrlRegex, vercelImageRoutes, vercelImagesConfig } from "../../src/nitro/image-hosting";

const config: ImageConfig = {
  ...IMAGE_DEFAULTS,
  remotePatterns: [{ protocol: "https", hostname: "**.example.com", pathname: "/img/**" }],
  localPatterns: [{ pathname: "/assets/**", search: "" }],
  domains: ["legacy.test"],
  qualities: [50, 75],
  formats: ["image/avif", "image/webp"],
  minimumCacheTTL: 60,
};

describe("vercel", () => {
  it("images config: every size, patterns as regex sources, the rest as configured", () => {
    const images = vercelImagesConfig(config);
    expect(images).toMatchObject({
      sizes: [32, 48, 64, 96, 128, 256, 384, 640, 750, 828, 1080, 1200, 1920, 2048, 3840],
      domains: ["legacy.test"],
      qualities: [50, 75],
      formats: ["image/avif", "image/webp"],
      minimumCacheTTL: 60,
      dangerouslyAllowSVG: false,
      contentSecurityPolicy: "script-src 'none'; frame-src 'none'; sandbox;",
      contentDispositionType: "attachment",
      localPatterns: [{ pathname: "^\\/assets\\/.*$", search: "" }],
    });
    const [remote] = images.remotePatterns;
    expect(remote!.protocol).toBe("https");
    expect(new RegExp(remote!.hostname).test("a.b.example.com")).toBe(true);
    expect(new RegExp(remote!.hostname).test("example.org")).toBe(false);
    expect(new RegExp(remote!.pathname).test("/img/a/b.png")).toBe(true);
    expect(new RegExp(remote!.pathname).test("/other.png")).toBe(false);
    expect(vercelImagesConfig({ ...IMAGE_DEFAULTS, localPatterns: undefined }).localPatterns).toBeUndefined();
    expect(vercelImagesConfig(IMAGE_DEFAULTS).localPatterns).toEqual([{ pathname: "^.*$", search: "" }]);
  });

  it("routes /_next/image (or images.path) to /_vercel/image unless images are not optimised", () => {
    expect(vercelImageRoutes(config)).toEqual([{ src: "^\\/_next\\/image/?$", dest: "/_vercel/image" }]);
    expect(vercelImageRoutes({ ...config, path: "/docs/_next/image" })[0]!.src).toBe("^\\/docs\\/_next\\/image/?$");
    expect(vercelImageRoutes({ ...config, unoptimized: true })).toEqual([]);
    expect(vercelImageRoutes({ ...config, loader: "custom" })).toEqual([]);
  });
});

describe("netlify", () => {
  it("rewrites the optimiser path to the Image CDN with the query mapped", () => {
    expect(netlifyImageRedirects(config)).toEqual([
      { from: "/_next/image", to: "/.netlify/images?url=:url&w=:width&q=:quality", status: 200, force: true, query: { url: ":url", w: ":width", q: ":quality" } },
    ]);
    expect(netlifyImageRedirects({ ...config, unoptimized: true })).toEqual([]);
  });

  it.each<[Parameters<typeof remoteUrlRegex>[0], string, boolean]>([
    [{ protocol: "https", hostname: "**.example.com", pathname: "/img/**" }, "https://a.b.example.com/img/x.png", true],
    [{ protocol: "https", hostname: "**.example.com", pathname: "/img/**" }, "http://a.example.com/img/x.png", false],
    [{ protocol: "https", hostname: "**.example.com", pathname: "/img/**" }, "https://a.example.com/other/x.png", false],
    [{ hostname: "cdn.test" }, "http://cdn.test:8080/any/thing.jpg?v=1", true],
    [{ hostname: "cdn.test", port: "" }, "https://cdn.test:8080/a.jpg", false],
    [{ hostname: "cdn.test", search: "?v=1" }, "https://cdn.test/a.jpg?v=2", false],
    [{ hostname: "cdn.test" }, "https://evil.test/?cdn.test/a.jpg", false],
  ])("remote_images regex for %j on %s → %s", (pattern, url, expected) => {
    expect(new RegExp(remoteUrlRegex(pattern)).test(url)).toBe(expected);
  });

  it("domains become host regexes too", () => {
    const [domain] = netlifyRemoteImages(config);
    expect(new RegExp(domain!).test("https://legacy.test/a.png")).toBe(true);
    expect(new RegExp(domain!).test("https://legacy.test.evil/a.png")).toBe(false);
  });
});

describe("image-host-module: what each preset gets", () => {
  function setup(preset: string, dev = false) {
    const options = { preset, dev, virtual: {} as Record<string, () => string>, plugins: [] as string[] } as Record<string, unknown> & { virtual: Record<string, () => string>; plugins: string[] };
    const nitro = { options, hooks: { hook: () => undefined } };
    imageHostModule(() => config).setup!(nitro as never);
    return options;
  }

  it.each<[string, boolean, string]>([
    ["node-server", false, "node"],
    ["node-cluster", false, "node"],
    ["cloudflare-module", false, "cloudflare"],
    ["vercel", false, "platform"],
    ["netlify", false, "platform"],
    ["node-server", true, "dev"],
  ])("%s (dev: %s) → %s", (preset, dev, kind) => {
    expect(imageHostKind(preset, dev)).toBe(kind);
    const options = setup(preset, dev);
    const host = options.virtual["#vinext/image-host"]!();
    expect(host).toContain(`export const host = "${kind}";`);
    // sharp only where Node runs the server; the Workers bundle never imports it.
    expect(host.includes("image-sharp.mjs")).toBe(kind === "node" || kind === "dev");
    expect(host.includes("image-cloudflare.mjs")).toBe(kind === "cloudflare");
    expect(options.plugins.some((p) => p.endsWith("nitro/runtime/image-host-plugin.mjs"))).toBe(true);
  });

  it("vercel: images and the /_vercel/image route land in Nitro's vercel.config (merged into .vercel/output/config.json)", () => {
    const options = setup("vercel") as { vercel?: { config?: { images?: unknown; routes?: unknown[] } } };
    expect(options.vercel?.config?.images).toEqual(vercelImagesConfig(config));
    expect(options.vercel?.config?.routes).toEqual([{ src: "^\\/_next\\/image/?$", dest: "/_vercel/image" }]);
  });

  it("netlify: the Image CDN rewrite and remote_images land in Nitro's netlify.config (.netlify/v1/config.json)", () => {
    const options = setup("netlify") as { netlify?: { config?: { images?: { remote_images?: string[] }; redirects?: unknown[] } } };
    expect(options.netlify?.config?.redirects).toEqual(netlifyImageRedirects(config));
    expect(options.netlify?.config?.images?.remote_images).toEqual(netlifyRemoteImages(config));
  });

  it("node and workers get no platform config", () => {
    expect(setup("node-server").vercel).toBeUndefined();
    expect(setup("cloudflare-module").netlify).toBeUndefined();
  });
});
