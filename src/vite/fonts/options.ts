// Validates and normalises the options object of a next/font call (both loaders),
// with Next's rules and defaults (docs: app/api-reference/components/font).
// Pure: throws FontOptionError with a `[vinext]` message; the transform reports it.

export class FontOptionError extends Error {}

export type Display = "auto" | "block" | "swap" | "fallback" | "optional";
const DISPLAYS = ["auto", "block", "swap", "fallback", "optional"];
const STYLES = ["normal", "italic"];

interface CommonOptions {
  display: Display;
  preload: boolean;
  fallback: string[];
  variable?: string;
}

export interface GoogleFontOptions extends CommonOptions {
  /** The CSS2 family name ("Roboto Mono" for `Roboto_Mono`). */
  family: string;
  /** Weights as CSS numbers ("400"), or ["variable"] for the whole wght axis, or [] for the family's default. */
  weights: string[];
  styles: ("normal" | "italic")[];
  subsets: string[];
  adjustFontFallback: boolean;
}

export interface LocalFontSource {
  /** As written: relative to the calling module. */
  path: string;
  weight?: string;
  style?: string;
}

export interface LocalFontOptions extends CommonOptions {
  src: LocalFontSource[];
  adjustFontFallback: "Arial" | "Times New Roman" | false;
  declarations: { prop: string; value: string }[];
}

type Raw = Record<string, unknown>;

const fail = (message: string): never => {
  throw new FontOptionError(`[vinext] ${message}`);
};

function checkKeys(raw: Raw, allowed: string[], what: string) {
  for (const key of Object.keys(raw)) {
    if (!allowed.includes(key)) fail(`Unknown option \`${key}\` for ${what}. Valid options: ${allowed.join(", ")}.`);
  }
}

const list = (value: unknown): unknown[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

function strings(value: unknown, option: string, what: string): string[] {
  const items = list(value);
  for (const item of items) if (typeof item !== "string") fail(`\`${option}\` of ${what} must be a string or an array of strings.`);
  return items as string[];
}

function common(raw: Raw, what: string): CommonOptions {
  const display = raw.display ?? "swap";
  if (typeof display !== "string" || !DISPLAYS.includes(display)) fail(`Invalid display value \`${String(display)}\` for ${what}. Available display values: ${DISPLAYS.join(", ")}.`);
  const preload = raw.preload ?? true;
  if (typeof preload !== "boolean") fail(`\`preload\` of ${what} must be true or false.`);
  const variable = raw.variable;
  if (variable !== undefined && (typeof variable !== "string" || !/^--[\w-]+$/.test(variable))) {
    fail(`\`variable\` of ${what} must be a CSS custom property name such as "--font-inter" (got ${JSON.stringify(variable)}).`);
  }
  return { display: display as Display, preload: preload as boolean, fallback: strings(raw.fallback, "fallback", what), variable: variable as string | undefined };
}

/** A weight as Next accepts it: 100..900 in steps of 100 (as a string or a number). */
function weightValue(value: unknown, what: string): string {
  const text = String(value);
  if (!/^[1-9]00$/.test(text)) fail(`Invalid weight value \`${text}\` for ${what}. Use "100" to "900" in steps of 100, an array of them, or "variable" for a variable font.`);
  return text;
}

/**
 * Normalises `Inter({...})` (next/font/google). `name` is the imported function name.
 * @example resolveGoogleOptions("Roboto_Mono", { subsets: ["latin"], weight: "400" }).family // "Roboto Mono"
 */
export function resolveGoogleOptions(name: string, raw: Raw = {}): GoogleFontOptions {
  if (!/^[A-Z0-9][A-Za-z0-9_]*$/.test(name)) fail(`Unknown font \`${name}\` imported from next/font/google: Google font functions are the family name with spaces as underscores, e.g. Roboto_Mono.`);
  const family = name.replace(/_/g, " ");
  const what = `font \`${family}\``;
  checkKeys(raw, ["weight", "style", "subsets", "display", "preload", "fallback", "adjustFontFallback", "variable", "axes"], what);
  if (raw.axes !== undefined) fail(`\`axes\` for ${what} is not supported by vinext yet: it needs each family's axis ranges. Request the axis through weight: "variable" and the family's default instance instead.`);
  const rawWeights = list(raw.weight);
  const weights = rawWeights.includes("variable") ? (rawWeights.length > 1 ? fail(`${what}: "variable" cannot be combined with other weights.`) : ["variable"]) : rawWeights.map((w) => weightValue(w, what));
  const styles = strings(raw.style, "style", what);
  for (const style of styles) if (!STYLES.includes(style)) fail(`Invalid style value \`${style}\` for ${what}. Available styles: normal, italic.`);
  const subsets = strings(raw.subsets, "subsets", what);
  const base = common(raw, what);
  if (base.preload && subsets.length === 0) {
    fail(`Preload is enabled but no subsets were specified for ${what}. Specify subsets (e.g. subsets: ["latin"]) or set preload: false if your subset cannot be preloaded.`);
  }
  const adjust = raw.adjustFontFallback ?? true;
  if (typeof adjust !== "boolean") fail(`\`adjustFontFallback\` of ${what} must be true or false.`);
  return {
    ...base,
    family,
    weights: [...new Set(weights)].sort(),
    styles: styles.length ? ([...new Set(styles)].sort() as GoogleFontOptions["styles"]) : ["normal"],
    subsets,
    adjustFontFallback: adjust as boolean,
  };
}

function localWeight(value: unknown, what: string): string | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  // A single weight, or a variable font's range ("100 900").
  if (!/^\d{1,4}( \d{1,4})?$/.test(text)) fail(`Invalid weight \`${text}\` for ${what}: use a number such as "400", or a range such as "100 900" for a variable font.`);
  return text;
}

/**
 * Normalises `localFont({...})` (next/font/local).
 * @example resolveLocalOptions("myFont", { src: "./my-font.woff2" }).src[0].path // "./my-font.woff2"
 */
export function resolveLocalOptions(name: string, raw: Raw | undefined): LocalFontOptions {
  const what = `local font \`${name}\``;
  if (!raw) return fail(`Missing required \`src\` in next/font/local call for ${what}.`);
  checkKeys(raw, ["src", "weight", "style", "display", "preload", "fallback", "adjustFontFallback", "variable", "declarations"], what);
  const weight = localWeight(raw.weight, what);
  const style = raw.style === undefined ? undefined : String(raw.style);
  const srcList = typeof raw.src === "string" ? [{ path: raw.src }] : Array.isArray(raw.src) ? (raw.src as Raw[]) : fail(`Missing required \`src\` in next/font/local call for ${what}.`);
  if (srcList.length === 0) fail(`\`src\` of ${what} is empty.`);
  const src = srcList.map((entry): LocalFontSource => {
    if (!entry || typeof entry.path !== "string") return fail(`Each \`src\` entry of ${what} needs a \`path\` string.`);
    if (!/\.(woff2?|ttf|otf|eot)$/i.test(entry.path)) fail(`Unexpected file \`${entry.path}\` in ${what}: use a .woff2, .woff, .ttf, .otf or .eot file.`);
    return { path: entry.path, weight: localWeight(entry.weight, what) ?? weight, style: entry.style === undefined ? style : String(entry.style) };
  });
  const adjust = raw.adjustFontFallback ?? "Arial";
  if (adjust !== false && adjust !== "Arial" && adjust !== "Times New Roman") fail(`\`adjustFontFallback\` of ${what} must be "Arial", "Times New Roman" or false.`);
  const declarations = list(raw.declarations).map((d) => {
    const decl = d as Raw;
    if (!decl || typeof decl.prop !== "string" || typeof decl.value !== "string") return fail(`\`declarations\` of ${what} must be a list of { prop, value } strings.`);
    if (/[;{}]/.test(decl.prop + decl.value)) fail(`\`declarations\` of ${what} must not contain ";", "{" or "}".`);
    return { prop: decl.prop, value: decl.value };
  });
  return { ...common(raw, what), src, adjustFontFallback: adjust as LocalFontOptions["adjustFontFallback"], declarations };
}
