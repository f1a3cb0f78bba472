// BUILD TIME. Turns Nitro's public folder (client assets, public/ files and the
// pre-rendered pages) into Next's `out/` layout: `about.html`, or with
// `trailingSlash: true` `about/index.html`; the not-found page as `404.html`
// (and `404/index.html`). Next: test/integration/app-dir-export/test/utils.ts
// (expectedWhenTrailingSlashTrue / False).
import { cpSync, existsSync, mkdirSync, readdirSync, rmdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

export interface WrittenFile {
  /** The URL Nitro requested ("/about", "/about.rsc", "/data.json"). */
  route: string;
  /** Where Nitro wrote it, relative to the public folder ("/about/index.html"). */
  fileName: string;
}

/**
 * Where a pre-rendered HTML page goes in `out/` (undefined: keep Nitro's name).
 * @example exportHtmlPaths({ route: "/about", fileName: "/about/index.html" }, false) // ["/about.html"]
 */
export function exportHtmlPaths(file: WrittenFile, trailingSlash: boolean): string[] | undefined {
  if (!file.fileName.endsWith("/index.html") || file.route.endsWith(".html")) return undefined;
  const path = file.route.replace(/\/+$/, "");
  if (path === "") return ["/index.html"];
  return [trailingSlash ? `${path}/index.html` : `${path}.html`];
}

/** Removes `dir` and its parents up to `stop` while they are empty. */
function pruneEmpty(dir: string, stop: string): void {
  while (dir.startsWith(stop) && dir !== stop && existsSync(dir) && readdirSync(dir).length === 0) {
    rmdirSync(dir);
    dir = dirname(dir);
  }
}

export interface ExportOptions {
  publicDir: string;
  outDir: string;
  written: readonly WrittenFile[];
  trailingSlash: boolean;
  /** The not-found page's HTML. */
  notFound: Uint8Array | undefined;
}

/** Copies `publicDir` to `outDir` (replacing it), renames the pre-rendered pages and adds 404.html. */
export function writeExport(options: ExportOptions): void {
  const { publicDir, outDir, written, trailingSlash } = options;
  rmSync(outDir, { recursive: true, force: true });
  cpSync(publicDir, outDir, { recursive: true });
  // Every move first reads from Nitro's copy, so `/a` → a.html cannot clobber `/a/b`'s a/b/index.html.
  const moves = written.flatMap((file) => (exportHtmlPaths(file, trailingSlash) ?? []).map((to) => ({ from: file.fileName, to })));
  const sources = new Set(moves.map((move) => move.from));
  for (const from of sources) rmSync(join(outDir, from), { force: true });
  for (const { from, to } of moves) {
    mkdirSync(dirname(join(outDir, to)), { recursive: true });
    cpSync(join(publicDir, from), join(outDir, to));
  }
  for (const from of sources) pruneEmpty(dirname(join(outDir, from)), outDir);
  if (!options.notFound) return;
  for (const file of trailingSlash ? ["404.html", "404/index.html"] : ["404.html"]) {
    mkdirSync(dirname(join(outDir, file)), { recursive: true });
    writeFileSync(join(outDir, file), options.notFound);
  }
}

