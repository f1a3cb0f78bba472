// next/font/local at build time: reads the font files next to the calling module,
// builds their @font-face rules and measures the one closest to 400/normal for the
// size-adjusted fallback. Next: test/e2e/next-font (with-local-fonts).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { FontCssInput } from "./css";
import { srcValue } from "./css";
import { fallbackFace } from "./fallback";
import { readFontMetrics } from "./font-metrics";
import { FontOptionError, type LocalFontOptions } from "./options";

export interface LoadedFont {
  input: FontCssInput;
  /** Absolute paths of the files to preload. */
  preload: string[];
  /** Source files whose edits must re-run the transform in dev. */
  watch?: string[];
}

/** How far a face is from regular (400, normal): the one whose metrics the fallback copies. */
function distance(weight: string | undefined, style: string | undefined): number {
  const [low, high = low] = (weight ?? "400").split(" ").map(Number) as [number, number?];
  const w = 400 >= low && 400 <= high! ? 0 : Math.min(Math.abs(low - 400), Math.abs(high! - 400));
  return w + (style && style !== "normal" ? 1000 : 0);
}

const same = (values: (string | undefined)[]) => (values.every((v) => v === values[0]) ? values[0] : undefined);

/**
 * @example loadLocalFont("myFont", resolveLocalOptions("myFont", { src: "./a.woff2" }), "/app/page.tsx")
 */
export function loadLocalFont(name: string, options: LocalFontOptions, importer: string): LoadedFont {
  const files = options.src.map((entry) => {
    const file = resolve(dirname(importer), entry.path);
    let data: Buffer;
    try {
      data = readFileSync(file);
    } catch {
      throw new FontOptionError(`[vinext] Cannot find font file \`${entry.path}\` for local font \`${name}\` (looked for ${file}). Paths are relative to the module calling localFont().`);
    }
    return { ...entry, file, data };
  });
  const faces = files.map((entry) => {
    const decls: [string, string][] = [["src", srcValue(entry.file)], ["font-display", options.display]];
    if (entry.weight) decls.push(["font-weight", entry.weight]);
    if (entry.style) decls.push(["font-style", entry.style]);
    for (const d of options.declarations) decls.push([d.prop, d.value]);
    return decls;
  });
  let fallback: FontCssInput["fallbackFace"];
  if (options.adjustFontFallback) {
    const regular = [...files].sort((a, b) => distance(a.weight, a.style) - distance(b.weight, b.style))[0]!;
    try {
      fallback = fallbackFace(readFontMetrics(regular.data), options.adjustFontFallback);
    } catch (error) {
      throw new FontOptionError(`[vinext] Cannot read the metrics of \`${regular.path}\` for local font \`${name}\` (${(error as Error).message}). Set adjustFontFallback: false to skip the size-adjusted fallback.`);
    }
  }
  const weight = same(files.map((f) => f.weight));
  const contents = files.map((f) => createHash("sha256").update(f.data).digest("hex"));
  return {
    input: {
      name,
      hashSeed: JSON.stringify(["local", name, options, contents]),
      faces,
      fallbackFace: fallback,
      fallback: options.fallback,
      variable: options.variable,
      weight: weight?.includes(" ") ? undefined : weight,
      style: same(files.map((f) => f.style)),
    },
    preload: options.preload ? files.map((f) => f.file) : [],
    watch: files.map((f) => f.file),
  };
}
