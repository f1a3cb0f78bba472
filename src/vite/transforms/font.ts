// next/font/google and next/font/local at build time. Each `const f = Loader({...})`
// at module scope becomes `createFont({ className, style, variable, files })`; its
// @font-face and class rules are written to a CSS file the module then imports, so
// Vite puts them in the page's CSS (in the first HTML response, no runtime injection)
// and rewrites their url()s to hashed assets. Font files are imported with `?url`
// for the preload links. Next: test/e2e/next-font, docs app/api-reference/components/font.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Plugin } from "vite";
import { buildFontCss, fontHash } from "../fonts/css";
import { FontCallError, findFontCalls, type FontCall } from "../fonts/find-calls";
import { GoogleFontFetchError, googleFallbackFont, loadGoogleFont } from "../fonts/google";
import { fontCssHoistPlugin } from "../fonts/hoist-css";
import { loadLocalFont, type LoadedFont } from "../fonts/local";
import { FontOptionError, resolveGoogleOptions, resolveLocalOptions } from "../fonts/options";

/** Where generated CSS and downloaded Google fonts live (like Vite's own node_modules/.vite). */
export const fontCacheDir = (root: string) => join(root, "node_modules/.vinext/fonts");

// One download per stylesheet URL and process, shared by the rsc, ssr and client
// environments that all transform the same module.
const googleLoads = new Map<string, Promise<LoadedFont>>();

function writeIfChanged(file: string, text: string) {
  if (existsSync(file) && readFileSync(file, "utf8") === text) return;
  writeFileSync(file, text);
}

/** The transform, and the react-server helper that links a font declarations module's CSS (fonts/hoist-css.ts). */
export function fontPlugin(): Plugin[] {
  const fontCss = new Map<string, string[]>();
  return [fontTransformPlugin(fontCss), fontCssHoistPlugin(fontCss)];
}

function fontTransformPlugin(fontCss: Map<string, string[]>): Plugin {
  const warned = new Set<string>();
  return {
    name: "vinext:font",
    transform: {
      filter: { code: /next\/font\// },
      async handler(code, id) {
        if (id.startsWith("\0") || !/\.[cm]?[jt]sx?$/.test(id.split("?")[0]!)) return;
        const file = id.split("?")[0]!;
        const { root, command } = this.environment.config;
        const cacheDir = fontCacheDir(root);
        const dev = command === "serve";
        let found: ReturnType<typeof findFontCalls>;
        try {
          found = findFontCalls(this.parse(code));
        } catch (error) {
          if (error instanceof FontCallError) this.error({ message: error.message, id, pos: error.pos });
          throw error;
        }
        if (found.imports.length === 0) return;
        const load = async (call: FontCall): Promise<LoadedFont> => {
          if (call.loader === "local") return loadLocalFont(call.binding, resolveLocalOptions(call.binding, call.options), file);
          const options = resolveGoogleOptions(call.imported, call.options);
          const key = JSON.stringify(options);
          let pending = googleLoads.get(key);
          if (!pending) {
            pending = loadGoogleFont(options, { cacheDir, reuseCss: dev });
            googleLoads.set(key, pending);
            pending.catch(() => googleLoads.delete(key));
          }
          try {
            return await pending;
          } catch (error) {
            if (!(error instanceof GoogleFontFetchError)) throw error;
            if (!dev) throw new FontOptionError(`[vinext] Failed to fetch \`${options.family}\` from Google Fonts: ${error.message}. Check the network (or VINEXT_GOOGLE_FONTS_URL), or use next/font/local with the font files in your app.`);
            if (!warned.has(options.family)) {
              warned.add(options.family);
              this.environment.logger.warn(`[vinext] Failed to download \`${options.family}\` from Google Fonts. Using fallback font instead. (${error.message})`);
            }
            return googleFallbackFont(options);
          }
        };
        const imports: string[] = [];
        const cssFiles: string[] = [];
        const replacements: { start: number; end: number; text: string }[] = [];
        mkdirSync(join(cacheDir, "css"), { recursive: true });
        for (const [index, call] of found.calls.entries()) {
          let loaded: LoadedFont;
          try {
            loaded = await load(call);
          } catch (error) {
            if (error instanceof FontOptionError) this.error({ message: error.message, id, pos: call.start });
            throw error;
          }
          for (const watched of loaded.watch ?? []) this.addWatchFile(watched);
          const { css, result } = buildFontCss(loaded.input);
          const cssFile = join(cacheDir, "css", `${loaded.input.name.replace(/\W+/g, "-").toLowerCase()}-${fontHash(css)}.css`);
          writeIfChanged(cssFile, css);
          cssFiles.push(cssFile);
          imports.push(`import ${JSON.stringify(cssFile)};`);
          const files = loaded.preload.map((path, i) => {
            const name = `__vinext_font_${index}_${i}`;
            imports.push(`import ${name} from ${JSON.stringify(`${path}?url`)};`);
            return name;
          });
          const data = JSON.stringify(result).slice(0, -1) + `,"files":[${files.join(",")}]}`;
          replacements.push({ start: call.start, end: call.end, text: `__vinext_createFont(${data})` });
        }
        fontCss.set(file, cssFiles);
        if (found.calls.length) imports.push(`import { createFont as __vinext_createFont } from ${JSON.stringify(found.imports[0]!.specifier.replace(/^@next\//, "next/"))};`);
        // Blank the loader imports (keeping line breaks) and splice in the calls, last first.
        for (const imp of found.imports) replacements.push({ start: imp.start, end: imp.end, text: code.slice(imp.start, imp.end).replace(/[^\n]/g, " ") });
        replacements.push({ start: found.insertAt, end: found.insertAt, text: imports.join("") });
        let out = code;
        for (const r of replacements.sort((a, b) => b.start - a.start || b.end - a.end)) out = out.slice(0, r.start) + r.text + out.slice(r.end);
        return { code: out, map: null };
      },
    },
  };
}
