// Turns a resolved font (its @font-face declarations, fallback face and options)
// into the CSS vinext extracts at build time and the object the call site becomes:
// hashed family and class names, `.className` and `.variable` rules.
// Next's import values: test/e2e/next-font/index.test.ts ("import values").
import { createHash } from "node:crypto";
import { LOCAL_NAMES, type FallbackFace } from "./fallback";

/** One @font-face's declarations, without `font-family` (added here). */
export type FaceDeclarations = [prop: string, value: string][];

export interface FontCssInput {
  /** The family name for humans: "Inter", or the local font's variable name. */
  name: string;
  /** Everything that identifies this font (options, file contents): the class-name hash. */
  hashSeed: string;
  faces: FaceDeclarations[];
  fallbackFace?: FallbackFace;
  /** The user's fallback font list, after the fallback face. */
  fallback: string[];
  variable?: string;
  /** Set only when the font has exactly one weight (not a range) / one style. */
  weight?: string;
  style?: string;
}

export interface FontResult {
  className: string;
  variable?: string;
  style: { fontFamily: string; fontWeight?: number; fontStyle?: string };
}

export function fontHash(seed: string): string {
  return createHash("sha256").update(seed).digest("hex").slice(0, 6);
}

const rule = (selector: string, decls: FaceDeclarations) => `${selector} {\n${decls.map(([p, v]) => `  ${p}: ${v};`).join("\n")}\n}\n`;

/**
 * Builds the CSS text and the call site's value for one font.
 * @example buildFontCss({ name: "Inter", hashSeed: "x", faces: [[["src", 'url("a.woff2")']]], fallback: [] }).result.className // "__className_2d7116"
 */
export function buildFontCss(input: FontCssInput): { css: string; result: FontResult } {
  const hash = fontHash(input.hashSeed);
  const safe = input.name.replace(/[^\w-]/g, "_");
  const family = `'__${safe}_${hash}'`;
  const fallbackFamily = `'__${safe}_Fallback_${hash}'`;
  let css = input.faces.map((face) => rule("@font-face", [["font-family", family], ...face])).join("\n");
  if (input.fallbackFace) {
    const f = input.fallbackFace;
    css += `\n${rule("@font-face", [
      ["font-family", fallbackFamily],
      ["src", LOCAL_NAMES[f.local].map((name) => `local(${JSON.stringify(name)})`).join(", ")],
      ["ascent-override", f.ascentOverride],
      ["descent-override", f.descentOverride],
      ["line-gap-override", f.lineGapOverride],
      ["size-adjust", f.sizeAdjust],
    ])}`;
  }
  const fontFamily = [family, ...(input.fallbackFace ? [fallbackFamily] : []), ...input.fallback].join(", ");
  const style: FontResult["style"] = { fontFamily };
  if (input.weight && /^\d+$/.test(input.weight)) style.fontWeight = Number(input.weight);
  if (input.style) style.fontStyle = input.style;
  const classDecls: FaceDeclarations = [["font-family", fontFamily]];
  if (style.fontWeight !== undefined) classDecls.push(["font-weight", String(style.fontWeight)]);
  if (style.fontStyle) classDecls.push(["font-style", style.fontStyle]);
  const result: FontResult = { className: `__className_${hash}`, style };
  css += `\n${rule(`.${result.className}`, classDecls)}`;
  if (input.variable) {
    result.variable = `__variable_${hash}`;
    css += `\n${rule(`.${result.variable}`, [[input.variable, fontFamily]])}`;
  }
  return { css, result };
}

const FORMATS: Record<string, string> = { woff2: "woff2", woff: "woff", ttf: "truetype", otf: "opentype", eot: "embedded-opentype" };

/** A `src` value for a font file at an absolute path (Vite rewrites it to the hashed asset URL). */
export function srcValue(file: string): string {
  const ext = file.slice(file.lastIndexOf(".") + 1).toLowerCase();
  return `url(${JSON.stringify(file)}) format(${JSON.stringify(FORMATS[ext] ?? ext)})`;
}
