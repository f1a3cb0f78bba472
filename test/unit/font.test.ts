// next/font at build time, piece by piece: finding the calls, Next's option rules,
// the CSS2 URL, the CSS and values a call becomes, the font metrics reader and the
// size-adjusted fallback. Next: test/e2e/next-font/index.test.ts (import values,
// fallback font faces), test/unit/google-font-loader.test.ts (CSS2 URLs, validation).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseSync } from "vite";
import { describe, expect, it } from "vitest";
import { buildFontCss } from "../../src/vite/fonts/css";
import { fallbackFace } from "../../src/vite/fonts/fallback";
import { findFontCalls } from "../../src/vite/fonts/find-calls";
import { readFontMetrics } from "../../src/vite/fonts/font-metrics";
import { googleCssUrl, parseGoogleCss } from "../../src/vite/fonts/google";
import { resolveGoogleOptions, resolveLocalOptions } from "../../src/vite/fonts/options";

const find = (code: string) => findFontCalls(parseSync("m.js", code).program);
const fontsDir = join(import.meta.dirname, "../../playground/app/fonts");

describe("findFontCalls", () => {
  it("finds module-scope const calls of both loaders with their literal options", () => {
    const code = `"use client";
import { Inter, Roboto_Mono as Mono } from "next/font/google";
import localFont from "next/font/local";
const inter = Inter({ subsets: ["latin"], weight: ["400", 700], variable: \`--font-inter\`, preload: true });
export const mono = Mono();
const my = localFont({ src: [{ path: "./a.woff2", weight: "100", style: "italic" }], declarations: [{ prop: "ascent-override", value: "90%" }] });`;
    const found = find(code);
    expect(found.insertAt).toBe(`"use client";`.length);
    expect(found.imports.map((i) => i.specifier)).toEqual(["next/font/google", "next/font/local"]);
    expect(found.calls.map(({ loader, imported, binding, options }) => ({ loader, imported, binding, options }))).toEqual([
      { loader: "google", imported: "Inter", binding: "inter", options: { subsets: ["latin"], weight: ["400", 700], variable: "--font-inter", preload: true } },
      { loader: "google", imported: "Roboto_Mono", binding: "mono", options: undefined },
      { loader: "local", imported: "default", binding: "my", options: { src: [{ path: "./a.woff2", weight: "100", style: "italic" }], declarations: [{ prop: "ascent-override", value: "90%" }] } },
    ]);
    expect(code.slice(found.calls[1]!.start, found.calls[1]!.end)).toBe("Mono()");
  });

  it("ignores property names that happen to match a loader", () => {
    const found = find(`import { Inter } from "next/font/google"; const inter = Inter({ subsets: ["latin"] }); const o = { Inter: 1 }; o.Inter;`);
    expect(found.calls).toHaveLength(1);
  });

  it("leaves modules without next/font alone", () => {
    expect(find(`import x from "next/link"; const a = x();`)).toEqual({ imports: [], calls: [], insertAt: 0 });
  });

  it.each([
    [`import { Inter } from "next/font/google"; let inter = Inter({});`, /assigned to a const/],
    [`import { Inter } from "next/font/google"; const w = "400"; const inter = Inter({ weight: w });`, /explicitly written literals/],
    [`import { Inter } from "next/font/google"; const inter = Inter({ ...o });`, /explicitly written literals/],
    [`import { Inter } from "next/font/google"; function f() { return Inter({}); }`, /module scope/],
    [`import { Inter } from "next/font/google"; export { Inter };`, /module scope/],
    [`import * as g from "next/font/google";`, /by name/],
    [`import { localFont } from "next/font/local";`, /only a default export/],
    [`import { Inter } from "next/font/google"; const inter = Inter({}, {});`, /single options object/],
  ])("rejects %s", (code, message) => {
    expect(() => find(code)).toThrow(message);
    expect(() => find(code)).toThrow(/^\[vinext\]/);
  });
});

describe("next/font/google options", () => {
  it("maps the function name to the family and applies Next's defaults", () => {
    expect(resolveGoogleOptions("Roboto_Mono", { subsets: ["latin"] })).toEqual({
      family: "Roboto Mono",
      weights: [],
      styles: ["normal"],
      subsets: ["latin"],
      display: "swap",
      preload: true,
      fallback: [],
      adjustFontFallback: true,
      variable: undefined,
    });
    expect(resolveGoogleOptions("Inter", { subsets: ["latin"], weight: ["700", "400"], style: "italic" })).toMatchObject({ weights: ["400", "700"], styles: ["italic"] });
  });

  it.each([
    [{ subsets: ["latin"], weight: "450" }, /Invalid weight value `450`/],
    [{ subsets: ["latin"], weight: ["variable", "400"] }, /cannot be combined/],
    [{ subsets: ["latin"], style: "oblique" }, /Invalid style value `oblique`/],
    [{ weight: "400" }, /Preload is enabled but no subsets were specified for font `Inter`/],
    [{ subsets: ["latin"], display: "fast" }, /Invalid display value `fast`/],
    [{ subsets: ["latin"], colour: "red" }, /Unknown option `colour`/],
    [{ subsets: ["latin"], axes: ["slnt"] }, /`axes`.*not supported/],
    [{ subsets: ["latin"], variable: "font-inter" }, /custom property/],
  ])("rejects %j", (options, message) => {
    expect(() => resolveGoogleOptions("Inter", options)).toThrow(message);
  });

  it("needs no subsets when preload is off, and rejects names that are not font functions", () => {
    expect(resolveGoogleOptions("Inter", { preload: false }).subsets).toEqual([]);
    expect(() => resolveGoogleOptions("inter", {})).toThrow(/Unknown font `inter`/);
  });

  it("builds CSS2 API URLs with sorted axis tuples", () => {
    const url = (name: string, raw: Record<string, unknown>) => googleCssUrl(resolveGoogleOptions(name, { preload: false, ...raw }), "http://fonts.test/");
    expect(url("Inter", {})).toBe("http://fonts.test/css2?family=Inter&display=swap");
    expect(url("Roboto_Mono", { weight: ["700", "400"] })).toBe("http://fonts.test/css2?family=Roboto+Mono:wght@400;700&display=swap");
    expect(url("Inter", { weight: "variable", display: "optional" })).toBe("http://fonts.test/css2?family=Inter:wght@100..900&display=optional");
    expect(url("Inter", { weight: "400", style: ["italic", "normal"] })).toBe("http://fonts.test/css2?family=Inter:ital,wght@0,400;1,400&display=swap");
    expect(url("Inter", { style: "italic" })).toBe("http://fonts.test/css2?family=Inter:ital@1&display=swap");
  });

  it("reads the @font-face blocks and subset comments of an API response", () => {
    const faces = parseGoogleCss(`/* cyrillic */
@font-face {
  font-family: 'Inter';
  font-style: normal;
  font-weight: 400;
  font-display: swap;
  src: url(https://fonts.gstatic.com/s/inter/v1/a.woff2) format('woff2');
  unicode-range: U+0400-045F;
}
/* latin */
@font-face { font-family: 'Inter'; font-style: italic; font-weight: 100 900; src: url("https://fonts.gstatic.com/s/inter/v1/b.woff2") format('woff2'); }`);
    expect(faces.map(({ subset, url, weight, style }) => ({ subset, url, weight, style }))).toEqual([
      { subset: "cyrillic", url: "https://fonts.gstatic.com/s/inter/v1/a.woff2", weight: "400", style: "normal" },
      { subset: "latin", url: "https://fonts.gstatic.com/s/inter/v1/b.woff2", weight: "100 900", style: "italic" },
    ]);
    expect(faces[0]!.decls.map(([p]) => p)).toEqual(["font-style", "font-weight", "font-display", "src", "unicode-range"]);
  });
});

describe("next/font/local options", () => {
  it("accepts a single path or a list of faces, inheriting top-level weight and style", () => {
    expect(resolveLocalOptions("my", { src: "./a.woff2", weight: "100 900" })).toMatchObject({ src: [{ path: "./a.woff2", weight: "100 900" }], adjustFontFallback: "Arial", display: "swap", preload: true });
    expect(resolveLocalOptions("my", { src: [{ path: "./a.woff2", weight: "400" }, { path: "./b.ttf" }], style: "italic" }).src).toEqual([
      { path: "./a.woff2", weight: "400", style: "italic" },
      { path: "./b.ttf", weight: undefined, style: "italic" },
    ]);
  });

  it.each([
    [undefined, /Missing required `src`/],
    [{ src: "./a.png" }, /Unexpected file `\.\/a\.png`/],
    [{ src: [] }, /is empty/],
    [{ src: "./a.woff2", weight: "bold" }, /Invalid weight `bold`/],
    [{ src: "./a.woff2", adjustFontFallback: "Helvetica" }, /"Arial", "Times New Roman" or false/],
    [{ src: "./a.woff2", declarations: [{ prop: "x", value: "1; color: red" }] }, /must not contain/],
  ])("rejects %j", (options, message) => {
    expect(() => resolveLocalOptions("my", options as Record<string, unknown>)).toThrow(message);
  });
});

describe("buildFontCss", () => {
  const base = { name: "Open Sans", hashSeed: "seed", faces: [[["src", 'url("/f.woff2") format("woff2")'], ["font-display", "swap"]] as [string, string][]], fallback: [] };

  it("gives hashed family and class names, and class/variable rules", () => {
    const { css, result } = buildFontCss({ ...base, variable: "--font-sans", weight: "400", style: "normal", fallbackFace: { local: "Arial", sizeAdjust: "105%", ascentOverride: "90%", descentOverride: "20%", lineGapOverride: "0%" } });
    const hash = result.className.slice("__className_".length);
    expect(hash).toMatch(/^[0-9a-f]{6}$/);
    expect(result).toEqual({
      className: `__className_${hash}`,
      variable: `__variable_${hash}`,
      style: { fontFamily: `'__Open_Sans_${hash}', '__Open_Sans_Fallback_${hash}'`, fontWeight: 400, fontStyle: "normal" },
    });
    expect(css).toContain(`@font-face {\n  font-family: '__Open_Sans_${hash}';\n  src: url("/f.woff2") format("woff2");\n  font-display: swap;\n}`);
    expect(css).toContain(`font-family: '__Open_Sans_Fallback_${hash}';\n  src: local("Arial"), local("Liberation Sans");\n  ascent-override: 90%;\n  descent-override: 20%;\n  line-gap-override: 0%;\n  size-adjust: 105%;`);
    expect(css).toContain(`.__className_${hash} {\n  font-family: '__Open_Sans_${hash}', '__Open_Sans_Fallback_${hash}';\n  font-weight: 400;\n  font-style: normal;\n}`);
    expect(css).toContain(`.__variable_${hash} {\n  --font-sans: '__Open_Sans_${hash}', '__Open_Sans_Fallback_${hash}';\n}`);
  });

  it("lists the user's fallbacks and leaves out weight for ranges; the hash follows the seed", () => {
    const { result } = buildFontCss({ ...base, fallback: ["system-ui", "Arial"], weight: "100 900" });
    expect(result.style).toEqual({ fontFamily: expect.stringMatching(/^'__Open_Sans_[0-9a-f]{6}', system-ui, Arial$/) });
    expect(result.variable).toBeUndefined();
    expect(buildFontCss(base).result.className).toBe(buildFontCss(base).result.className);
    expect(buildFontCss({ ...base, hashSeed: "other" }).result.className).not.toBe(buildFontCss(base).result.className);
  });
});

describe("font metrics and the fallback face", () => {
  it("reads the same metrics from WOFF2 as the sfnt tables hold", () => {
    const metrics = readFontMetrics(readFileSync(join(fontsDir, "noto-sans-latin-400-normal.woff2")));
    // Noto Sans: 1000 units per em, hhea ascender 1069 / descender -293 (OpenType tables).
    expect(metrics).toMatchObject({ unitsPerEm: 1000, ascent: 1069, descent: -293, lineGap: 0, serif: false });
    expect(metrics.xWidthAvg).toBeGreaterThan(400);
    expect(metrics.xWidthAvg).toBeLessThan(600);
    expect(() => readFontMetrics(Buffer.from("not a font at all"))).toThrow(/not a TrueType/);
  });

  it("scales the fallback to the font's width and divides the vertical metrics by that scale", () => {
    const face = fallbackFace({ unitsPerEm: 1000, ascent: 900, descent: -300, lineGap: 100, xWidthAvg: 915 / 2.048, serif: false }, "Arial");
    expect(face).toEqual({ local: "Arial", sizeAdjust: "100%", ascentOverride: "90%", descentOverride: "30%", lineGapOverride: "10%" });
    expect(fallbackFace({ unitsPerEm: 1000, ascent: 1000, descent: -250, lineGap: 0, xWidthAvg: 2 * (829 / 2.048), serif: true }, "Times New Roman")).toEqual({
      local: "Times New Roman", sizeAdjust: "200%", ascentOverride: "50%", descentOverride: "12.5%", lineGapOverride: "0%",
    });
  });
});
