// Server components reach their CSS through plugin-rsc, which links the stylesheets
// of a component module that imports CSS itself. A page that only imports a font
// declarations module (`import { inter } from "./fonts"`, Next's "font definitions
// file"), or a barrel re-exporting one (`components/index.ts` → `fonts.ts`), imports
// no CSS, so its font rules would be missing from the HTML. In the react-server
// environment this plugin copies the font stylesheet imports of the modules a module
// reaches through its static imports (app code only, bounded) into the module itself.
// Next: test/e2e/next-font/with-font-declarations-file.test.ts, index.test.ts (CompWithFonts).
import { readFileSync, statSync } from "node:fs";
import { type DevEnvironment, type Plugin, type Rollup } from "vite";

const STATIC_IMPORT = /(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w*\s{},$]*?\s*from\s*)?["']([^"']+)["']/g;
const NOT_CODE = /\.(css|json|svg|png|jpe?g|webp|avif|gif|ico|woff2?)(\?|$)/;
const BOUNDARY = /^\s*(["'])use (client|server)\1/;
/** How far from the module the walk follows imports, and how many modules it reads at most. */
const MAX_DEPTH = 4;
const MAX_MODULES = 200;

/** What the walk needs of one source file, read once per modification time. */
interface SourceInfo {
  mtime: number;
  usesFonts: boolean;
  /** A client or server-actions module: its CSS is not the server component's to link. */
  boundary: boolean;
  specifiers: string[];
  /** Resolved import files (by specifier), filled as the walk resolves them. */
  resolved: Map<string, string | null>;
}

const sources = new Map<string, SourceInfo>();

function specifiersOf(code: string): string[] {
  return [...new Set([...code.matchAll(STATIC_IMPORT)].map((m) => m[1]!).filter((s) => !NOT_CODE.test(s)))];
}

function sourceInfo(file: string): SourceInfo | undefined {
  try {
    const mtime = statSync(file).mtimeMs;
    const cached = sources.get(file);
    if (cached?.mtime === mtime) return cached;
    const code = readFileSync(file, "utf8");
    const info: SourceInfo = {
      mtime,
      usesFonts: /["']@?next\/font\/(google|local)["']/.test(code),
      boundary: BOUNDARY.test(code),
      specifiers: specifiersOf(code),
      resolved: new Map(),
    };
    sources.set(file, info);
    return info;
  } catch {
    return undefined;
  }
}

/** The app source file an import resolves to (null for packages, virtual modules, non-code). */
async function resolveFile(ctx: Rollup.TransformPluginContext, specifier: string, importer: string): Promise<string | null> {
  const resolved = await ctx.resolve(specifier, importer);
  const file = resolved?.id.split("?")[0];
  if (!resolved || resolved.external || !file || file.startsWith("\0") || file.includes("/node_modules/") || !/\.[cm]?[jt]sx?$/.test(file)) return null;
  return file;
}

/**
 * The modules calling a next/font loader that `id` reaches through static imports
 * of app code, breadth first, skipping client/server boundaries and cycles.
 */
async function fontModulesReached(ctx: Rollup.TransformPluginContext, id: string, specifiers: string[]): Promise<string[]> {
  const start = id.split("?")[0]!;
  const seen = new Set([start]);
  const found: string[] = [];
  let level: { file: string; specifiers: string[] }[] = [{ file: start, specifiers }];
  for (let depth = 0; depth < MAX_DEPTH && level.length > 0 && seen.size < MAX_MODULES; depth++) {
    const next: typeof level = [];
    for (const { file, specifiers: list } of level) {
      const cache = file === start ? undefined : sources.get(file)?.resolved;
      for (const specifier of list) {
        let target = cache?.get(specifier);
        if (target === undefined) {
          target = await resolveFile(ctx, specifier, file);
          cache?.set(specifier, target);
        }
        if (!target || seen.has(target) || seen.size >= MAX_MODULES) continue;
        seen.add(target);
        const info = sourceInfo(target);
        if (!info || info.boundary) continue;
        if (info.usesFonts) found.push(target);
        next.push({ file: target, specifiers: info.specifiers });
      }
    }
    level = next;
  }
  return found;
}

/**
 * @param fontCss the font stylesheets the font transform gave each module (by file path),
 *   filled by src/vite/transforms/font.ts when `this.load` runs it.
 */
export function fontCssHoistPlugin(fontCss: Map<string, string[]>): Plugin {
  return {
    name: "vinext:font-css-hoist",
    transform: {
      filter: { id: { include: /\.[cm]?[jt]sx?(\?|$)/, exclude: /node_modules|^\0/ } },
      async handler(code, id) {
        if (!this.environment.config.resolve.conditions.includes("react-server")) return;
        // Client modules become references here; their CSS travels with the client build.
        if (BOUNDARY.test(code)) return;
        const found = new Set<string>();
        for (const file of await fontModulesReached(this, id, specifiersOf(code))) {
          // Runs the font transform on that module. In dev, `this.load` only runs it when a
          // plugin loads the file, so ask the dev environment to transform it instead.
          if (this.environment.mode === "dev") await (this.environment as DevEnvironment).transformRequest(file);
          else await this.load({ id: file });
          for (const css of fontCss.get(file) ?? []) found.add(css);
        }
        if (found.size === 0) return;
        return { code: [...found].map((path) => `import ${JSON.stringify(path)};`).join("") + code, map: null };
      },
    },
  };
}
