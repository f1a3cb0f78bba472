// next.config `images` → the runtime ImageConfig (src/vite/image-config.ts): Next 16's
// defaults (packages/next/src/shared/lib/image-config.ts as documented in
// nextjs.org/docs/app/api-reference/components/image#configuration-options), basePath on
// the default path, static imports always allowed next to localPatterns (as Next adds
// /_next/static/media/**), URL-form remotePatterns, and errors naming the key.
import { describe, expect, it } from "vitest";
import { IMAGE_DEFAULTS } from "../../src/runtime/image/config";
import { resolveImageConfig } from "../../src/vite/image-config";

const resolve = (images: unknown, basePath = "") => resolveImageConfig({ images }, "next.config.mjs", "/app", basePath).config;

describe("resolveImageConfig", () => {
  it("defaults are Next 16's", () => {
    expect(resolve(undefined)).toEqual(IMAGE_DEFAULTS);
    expect(IMAGE_DEFAULTS).toMatchObject({
      deviceSizes: [640, 750, 828, 1080, 1200, 1920, 2048, 3840],
      imageSizes: [32, 48, 64, 96, 128, 256, 384],
      qualities: [75],
      formats: ["image/webp"],
      minimumCacheTTL: 14400,
      contentDispositionType: "attachment",
      localPatterns: [{ pathname: "**", search: "" }],
    });
  });

  it("puts the basePath in front of the default optimiser path only", () => {
    expect(resolve(undefined, "/docs").path).toBe("/docs/_next/image");
    expect(resolve({ path: "/img" }, "/docs").path).toBe("/img");
  });

  it("sorts and de-duplicates sizes and qualities", () => {
    expect(resolve({ deviceSizes: [1200, 640, 640], imageSizes: [64, 16], qualities: [90, 50] })).toMatchObject({ deviceSizes: [640, 1200], imageSizes: [16, 64], qualities: [50, 90] });
  });

  it("keeps static imports allowed when localPatterns are set", () => {
    expect(resolve({ localPatterns: [{ pathname: "/photos/**" }] }).localPatterns).toEqual([
      { pathname: "/photos/**", search: undefined },
      { pathname: "/assets/**", search: "" },
    ]);
    expect(resolve({ localPatterns: [{ pathname: "/assets/**", search: "" }] }).localPatterns).toHaveLength(1);
    expect(resolve({ localPatterns: [] }, "/docs").localPatterns).toEqual([{ pathname: "/docs/assets/**", search: "" }]);
  });

  it("accepts remotePatterns as objects, URL strings and URL objects", () => {
    expect(resolve({ remotePatterns: [{ protocol: "https:", hostname: "a.test", port: 8443 }, "https://b.test/img/**", new URL("http://c.test:8080/x/*?v=1")] }).remotePatterns).toEqual([
      { protocol: "https", hostname: "a.test", port: "8443", pathname: undefined, search: undefined },
      { protocol: "https", hostname: "b.test", port: "", pathname: "/img/**", search: undefined },
      { protocol: "http", hostname: "c.test", port: "8080", pathname: "/x/*", search: "?v=1" },
    ]);
  });

  it.each<[string, unknown, RegExp]>([
    ["formats", { formats: ["image/jpeg"] }, /"images\.formats" must be an array of "image\/avif" and\/or "image\/webp"/],
    ["deviceSizes", { deviceSizes: [0] }, /"images\.deviceSizes" must be an array of 1 to 25 integers/],
    ["qualities", { qualities: [101] }, /"images\.qualities" must be an array of 1 to 25 integers between 1 and 100/],
    ["minimumCacheTTL", { minimumCacheTTL: -1 }, /"images\.minimumCacheTTL" must be an integer number of seconds/],
    ["contentDispositionType", { contentDispositionType: "download" }, /"images\.contentDispositionType" must be "inline" or "attachment"/],
    ["remotePatterns", { remotePatterns: [{ protocol: "ftp", hostname: "x" }] }, /"images\.remotePatterns\[\]\.protocol" must be "http" or "https"/],
    ["loader", { loader: "cloudinary" }, /"images\.loader" must be "default" or "custom"/],
    ["dangerouslyAllowSVG", { dangerouslyAllowSVG: "yes" }, /"images\.dangerouslyAllowSVG" must be true or false/],
  ])("an invalid %s fails naming the key and the file", (_key, images, message) => {
    expect(() => resolve(images)).toThrow(message);
    expect(() => resolve(images)).toThrow(/^\[vinext\] next\.config\.mjs: /);
  });
});
