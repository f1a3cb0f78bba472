// Generates `virtual:vinext/og-assets`: the WebAssembly modules next/og needs
// (satori's layout engine, resvg) and the default font (Noto Sans, OFL). In a
// build the wasm files are `?module` imports left to Nitro's unwasm, which
// inlines them on Node and emits them as Workers wasm modules (workerd cannot
// compile wasm from bytes); the dev server runs on Node and reads the bytes.
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import { packageRoot } from "../paths";

export const OG_ASSETS_ID = "virtual:vinext/og-assets";

/**
 * Where ImageResponse fetches emoji images: VINEXT_EMOJI_URL when set (serving
 * `<type>/<file>`, e.g. `twemoji/1f600.svg`; tests use a fake server), else the
 * public CDNs Next uses (src/runtime/og/emoji.ts).
 */
const emojiBaseLine = () => `export const emojiBaseUrl = ${JSON.stringify(process.env.VINEXT_EMOJI_URL ?? "")};`;

export interface OgAssetFiles {
  layoutWasm: string;
  resvgWasm: string;
  font: string;
}

/** Absolute paths of the assets, resolved from vinext's own dependencies. */
export function resolveOgAssets(): OgAssetFiles {
  const require = createRequire(join(packageRoot, "package.json"));
  const resolve = (id: string, hint: string) => {
    try {
      return require.resolve(id);
    } catch {
      throw new Error(`[vinext] next/og needs ${hint}, which is not installed. Install it next to vinext (npm install ${hint}).`);
    }
  };
  return {
    layoutWasm: resolve("satori/yoga.wasm", "satori"),
    resvgWasm: resolve("@resvg/resvg-wasm/index_bg.wasm", "@resvg/resvg-wasm"),
    // The package exports only its CSS; the font files sit next to it.
    font: join(dirname(resolve("@fontsource/noto-sans", "@fontsource/noto-sans")), "files", "noto-sans-latin-400-normal.woff"),
  };
}

/**
 * Copies the wasm files under `<root>/node_modules/.vinext/og/` for the build.
 * Nitro groups every module of a package into one `_libs/<pkg>` chunk, which
 * would put each wasm binding (a top-level await) back into its library's
 * static graph; outside a package each becomes its own lazily imported chunk.
 */
export function stageOgWasm(files: OgAssetFiles, root: string): OgAssetFiles {
  const dir = join(root, "node_modules", ".vinext", "og");
  mkdirSync(dir, { recursive: true });
  const stage = (file: string, name: string) => {
    const target = join(dir, name);
    copyFileSync(file, target);
    return target;
  };
  return { ...files, layoutWasm: stage(files.layoutWasm, `satori-${basename(files.layoutWasm)}`), resvgWasm: stage(files.resvgWasm, "resvg.wasm") };
}

/**
 * The module for a production build: each wasm is a `?module` import (kept
 * external for Nitro), loaded by its own dynamic import: unwasm's Workers
 * binding awaits at top level, and workerd refuses two such modules imported
 * side by side ("Top-level await in module is unsettled").
 */
export function ogAssetsBuildModule(files: OgAssetFiles): string {
  return [
    `export const loadLayoutWasm = () => import(${JSON.stringify(`${files.layoutWasm}?module`)}).then((m) => m.default);`,
    `export const loadResvgWasm = () => import(${JSON.stringify(`${files.resvgWasm}?module`)}).then((m) => m.default);`,
    `export const defaultFont = ${JSON.stringify(readFileSync(files.font).toString("base64"))};`,
    emojiBaseLine(),
  ].join("\n");
}

/** The module for the dev server (Node): the wasm bytes read from disk. */
export function ogAssetsDevModule(files: OgAssetFiles): string {
  return [
    `import { readFile } from "node:fs/promises";`,
    `export const loadLayoutWasm = () => readFile(${JSON.stringify(files.layoutWasm)});`,
    `export const loadResvgWasm = () => readFile(${JSON.stringify(files.resvgWasm)});`,
    `export const defaultFont = ${JSON.stringify(readFileSync(files.font).toString("base64"))};`,
    emojiBaseLine(),
  ].join("\n");
}

/** The module for the browser: same exports, no wasm; drawing an image there fails with `message`. */
export function ogAssetsClientModule(message: string): string {
  return [
    `const fail = () => Promise.reject(new Error(${JSON.stringify(message)}));`,
    `export const loadLayoutWasm = fail;`,
    `export const loadResvgWasm = fail;`,
    `export const defaultFont = "";`,
    `export const emojiBaseUrl = "";`,
  ].join("\n");
}
