// next/font/google at build time: asks the Google Fonts CSS2 API for the family,
// downloads every font file it names into the cache folder (self-hosted, hashed
// by Vite like any asset) and rewrites the @font-face rules to point at them.
// The API base is VINEXT_GOOGLE_FONTS_URL (tests point it at a fake server).
// Next: test/e2e/next-font (with-google-fonts, google-fetch-error).
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { FaceDeclarations } from "./css";
import { srcValue } from "./css";
import { fallbackFace } from "./fallback";
import { readFontMetrics } from "./font-metrics";
import type { LoadedFont } from "./local";
import type { GoogleFontOptions } from "./options";

export const DEFAULT_GOOGLE_FONTS_URL = "https://fonts.googleapis.com";
// Google picks the file format from the user agent: a current Chrome gets woff2.
const USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36";

export class GoogleFontFetchError extends Error {}

/**
 * The CSS2 API URL for the options (axis tuples sorted as the API requires).
 * @example googleCssUrl({ family: "Roboto Mono", weights: ["400", "700"], styles: ["normal"], display: "swap", ... })
 *   // "https://fonts.googleapis.com/css2?family=Roboto+Mono:wght@400;700&display=swap"
 */
export function googleCssUrl(options: Pick<GoogleFontOptions, "family" | "weights" | "styles" | "display">, base = DEFAULT_GOOGLE_FONTS_URL): string {
  const weights = options.weights.map((w) => (w === "variable" ? "100..900" : w));
  const italic = options.styles.includes("italic");
  let axes = "";
  if (italic) {
    const ital = options.styles.map((s) => (s === "italic" ? "1" : "0")).sort();
    axes = weights.length ? `:ital,wght@${ital.flatMap((i) => weights.map((w) => `${i},${w}`)).join(";")}` : `:ital@${ital.join(";")}`;
  } else if (weights.length) axes = `:wght@${weights.join(";")}`;
  return `${base.replace(/\/$/, "")}/css2?family=${options.family.replace(/ /g, "+")}${axes}&display=${options.display}`;
}

interface RemoteFace {
  subset?: string;
  decls: FaceDeclarations;
  url: string;
  weight?: string;
  style?: string;
}

/** The @font-face blocks of a CSS2 API response, each with the `/* subset *\/` comment before it. */
export function parseGoogleCss(css: string): RemoteFace[] {
  const faces: RemoteFace[] = [];
  for (const match of css.matchAll(/(?:\/\*\s*([\w-]+)\s*\*\/\s*)?@font-face\s*{([^}]*)}/g)) {
    const decls: FaceDeclarations = [];
    let url = "";
    for (const part of match[2]!.split(";")) {
      const colon = part.indexOf(":");
      if (colon === -1) continue;
      const prop = part.slice(0, colon).trim().toLowerCase();
      const value = part.slice(colon + 1).trim();
      if (prop === "font-family") continue;
      if (prop === "src") url = /url\(\s*['"]?([^'")]+)['"]?\s*\)/.exec(value)?.[1] ?? "";
      decls.push([prop, value]);
    }
    if (!url) continue;
    const get = (p: string) => decls.find(([prop]) => prop === p)?.[1];
    faces.push({ subset: match[1], decls, url, weight: get("font-weight"), style: get("font-style") });
  }
  return faces;
}

async function download(url: string, what: string): Promise<Buffer> {
  let res: Response;
  try {
    res = await fetch(url, { headers: { "user-agent": USER_AGENT }, signal: AbortSignal.timeout(20_000) });
  } catch (error) {
    throw new GoogleFontFetchError(`${what} could not be downloaded (${String((error as Error).cause ?? (error as Error).message)})`);
  }
  if (!res.ok) throw new GoogleFontFetchError(`${what} answered ${res.status} ${(await res.text()).slice(0, 200)}`);
  return Buffer.from(await res.arrayBuffer());
}

const key = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 16);

export interface GoogleLoadContext {
  /** Where downloaded CSS and font files are kept (content-addressed by URL). */
  cacheDir: string;
  /** Dev reuses a cached stylesheet; a build always asks the API (the family may have changed). */
  reuseCss: boolean;
  baseUrl?: string;
}

/**
 * Fetches the family's CSS and files; throws GoogleFontFetchError when the API or a file is unreachable.
 * @example await loadGoogleFont(resolveGoogleOptions("Inter", { subsets: ["latin"] }), { cacheDir, reuseCss: false })
 */
export async function loadGoogleFont(options: GoogleFontOptions, ctx: GoogleLoadContext): Promise<LoadedFont> {
  const url = googleCssUrl(options, ctx.baseUrl ?? process.env.VINEXT_GOOGLE_FONTS_URL ?? DEFAULT_GOOGLE_FONTS_URL);
  const dir = join(ctx.cacheDir, "google");
  mkdirSync(dir, { recursive: true });
  const cssFile = join(dir, `${key(url)}.css`);
  const cssText = ctx.reuseCss && existsSync(cssFile) ? readFileSync(cssFile, "utf8") : (await download(url, `the stylesheet ${url}`)).toString("utf8");
  const faces = parseGoogleCss(cssText);
  if (faces.length === 0) throw new GoogleFontFetchError(`the stylesheet ${url} has no @font-face rules`);
  const files = await Promise.all(
    faces.map(async (face) => {
      const ext = /\.(woff2?|ttf|otf)(?:$|\?)/.exec(new URL(face.url).pathname)?.[1] ?? "woff2";
      const file = join(dir, `${key(face.url)}.${ext}`);
      if (!existsSync(file)) writeFileSync(file, await download(face.url, `the font file ${face.url}`));
      return file;
    }),
  );
  writeFileSync(cssFile, cssText);
  const wanted = faces.map((face, i) => ({ face, file: files[i]! })).filter(({ face }) => !face.subset || options.subsets.includes(face.subset));
  let fallback: LoadedFont["input"]["fallbackFace"];
  if (options.adjustFontFallback) {
    const pool = wanted.length ? wanted : faces.map((face, i) => ({ face, file: files[i]! }));
    const regular = pool.find(({ face }) => face.style !== "italic" && /(^|\s)400(\s|$)/.test(face.weight ?? "400")) ?? pool[0]!;
    const metrics = readFontMetrics(readFileSync(regular.file));
    fallback = fallbackFace(metrics, metrics.serif ? "Times New Roman" : "Arial");
  }
  const single = options.weights.length === 1 && options.weights[0] !== "variable" ? options.weights[0] : undefined;
  return {
    input: {
      name: options.family,
      hashSeed: JSON.stringify(["google", options, cssText]),
      faces: faces.map((face, i) => face.decls.map(([p, v]): [string, string] => (p === "src" ? [p, srcValue(files[i]!)] : [p, v]))),
      fallbackFace: fallback,
      fallback: options.fallback,
      variable: options.variable,
      weight: single,
      style: options.styles.length === 1 ? options.styles[0] : undefined,
    },
    preload: options.preload ? [...new Set(wanted.map(({ file }) => file))] : [],
  };
}

/**
 * What dev serves when the download failed: only the fallback fonts, as Next does
 * (test/e2e/next-font/google-fetch-error.test.ts, dev).
 */
export function googleFallbackFont(options: GoogleFontOptions): LoadedFont {
  return {
    input: { name: options.family, hashSeed: JSON.stringify(["google-fallback", options]), faces: [], fallback: options.fallback.length ? options.fallback : ["system-ui", "sans-serif"], variable: options.variable },
    preload: [],
  };
}
