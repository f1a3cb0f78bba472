// Server components reach their CSS through plugin-rsc, which links the stylesheets
// of a component module that imports CSS itself. A page that only imports a font
// declarations module (`import { inter } from "./fonts"`, Next's "font definitions
// file") imports no CSS, so its font rules would be missing from the HTML. In the
// react-server environment this plugin copies the font stylesheet imports of the
// modules a module imports into the module itself.
// Next: test/e2e/next-font/with-font-declarations-file.test.ts.
import { readFileSync, statSync } from "node:fs";
import { type DevEnvironment, type Plugin } from "vite";

const STATIC_IMPORT = /(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w*\s{},$]*?\s*from\s*)?["']([^"']+)["']/g;
const sources = new Map<string, { mtime: number; usesFonts: boolean }>();

/** Whether the file at `file` calls a next/font loader (cached by modification time). */
function usesFonts(file: string): boolean {
  try {
    const mtime = statSync(file).mtimeMs;
    const cached = sources.get(file);
    if (cached?.mtime === mtime) return cached.usesFonts;
    const entry = { mtime, usesFonts: /["']@?next\/font\/(google|local)["']/.test(readFileSync(file, "utf8")) };
    sources.set(file, entry);
    return entry.usesFonts;
  } catch {
    return false;
  }
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
        if (/^\s*(["'])use (client|server)\1/.test(code)) return;
        const found = new Set<string>();
        for (const [, specifier] of code.matchAll(STATIC_IMPORT)) {
          if (/\.(css|json|svg|png|jpe?g|webp|avif|gif|ico|woff2?)(\?|$)/.test(specifier!)) continue;
          const resolved = await this.resolve(specifier!, id);
          const file = resolved?.id.split("?")[0];
          if (!resolved || resolved.external || !file || file.startsWith("\0") || file.includes("/node_modules/") || !/\.[cm]?[jt]sx?$/.test(file) || !usesFonts(file)) continue;
          // Runs the font transform on that module. In dev, `this.load` only runs it when a
          // plugin loads the file, so ask the dev environment to transform it instead.
          if (this.environment.mode === "dev") await (this.environment as DevEnvironment).transformRequest(resolved.id);
          else await this.load({ id: resolved.id });
          for (const css of fontCss.get(file) ?? []) found.add(css);
        }
        if (found.size === 0) return;
        return { code: [...found].map((path) => `import ${JSON.stringify(path)};`).join("") + code, map: null };
      },
    },
  };
}
