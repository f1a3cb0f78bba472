// Reads pages/ into a pure route manifest (data only). Conventions:
// https://nextjs.org/docs/pages/building-your-application/routing (index files,
// [param], [...catchAll], [[...optional]], pages/api, and the special root files).
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { compareRoutes } from "../../runtime/routing/match";
import { formatPattern, parseFolder, type UrlSegment } from "../../runtime/routing/segments";
import { SPECIAL_PAGES, type PagesManifest, type PagesRoute, type SpecialPage } from "../../runtime/pages/manifest";

export interface ScannedPages {
  manifest: PagesManifest;
  /** Page name ("/blog/[slug]", "/_app") → absolute file path. */
  files: Record<string, string>;
}

/** `pages/` at the root, else `src/pages/`, as Next looks for it (undefined when neither exists). */
export function findPagesDir(root: string): string | undefined {
  for (const dir of [join(root, "pages"), join(root, "src", "pages")]) {
    if (existsSync(dir) && statSync(dir).isDirectory()) return dir;
  }
  return undefined;
}

/** One path part of pages/: a bracketed name is a parameter, anything else is literal. */
function parsePart(name: string, file: string): UrlSegment {
  if (!name.includes("[") && !name.includes("]")) return { kind: "static", value: name };
  const parsed = (() => {
    try {
      return parseFolder(name);
    } catch (error) {
      throw new Error(`${(error as Error).message} (in ${file})`);
    }
  })();
  if (parsed.kind !== "url") throw new Error(`[vinext] ${file}: "${name}" is not a valid Pages Router path part.`);
  return parsed.segment;
}

/**
 * Scans `pagesDir` for pages and API routes. Throws a `[vinext]` error naming the
 * file for duplicates ("/blog.tsx" and "/blog/index.tsx") and misplaced catch-alls.
 * @example scanPages("/app/pages", ["tsx"]).manifest.routes[0] // { page: "/", segments: [], kind: "page" }
 */
export function scanPages(pagesDir: string | undefined, pageExtensions: readonly string[]): ScannedPages {
  const routes: PagesRoute[] = [];
  const special: SpecialPage[] = [];
  const files: Record<string, string> = {};
  if (!pagesDir || !existsSync(pagesDir)) return { manifest: { routes, special }, files };

  const add = (file: string, parts: string[]) => {
    const segments = parts.map((part) => parsePart(part, file));
    const last = segments.findIndex((s) => s.kind === "catchAll" || s.kind === "optionalCatchAll");
    if (last !== -1 && last !== segments.length - 1) {
      throw new Error(`[vinext] ${file}: a catch-all segment must be the last part of the path. Move the files below it up a level.`);
    }
    const page = formatPattern(segments);
    if (files[page]) {
      throw new Error(`[vinext] ${file}: resolves to the same page "${page}" as ${files[page]}. Keep only one of them.`);
    }
    files[page] = file;
    routes.push({ page, segments, kind: parts[0] === "api" ? "api" : "page" });
  };

  const walk = (dir: string, parts: string[]) => {
    for (const entry of readdirSync(dir).sort()) {
      const full = join(dir, entry);
      if (statSync(full).isDirectory()) {
        walk(full, [...parts, entry]);
        continue;
      }
      const base = pageBaseName(entry, pageExtensions);
      if (base === undefined) continue;
      const specialName = `/${base}` as SpecialPage;
      if (parts.length === 0 && (SPECIAL_PAGES as readonly string[]).includes(specialName)) {
        if (files[specialName]) throw new Error(`[vinext] ${full}: ${specialName} is defined twice (also ${files[specialName]}).`);
        files[specialName] = full;
        special.push(specialName);
        continue;
      }
      add(full, base === "index" ? parts : [...parts, base]);
    }
  };
  walk(pagesDir, []);
  routes.sort(compareRoutes);
  return { manifest: { routes, special: special.sort() }, files };
}

/** The file name without its page extension, or undefined when it is not a page file. */
function pageBaseName(file: string, exts: readonly string[]): string | undefined {
  if (file.endsWith(".d.ts")) return undefined;
  for (const ext of exts) {
    if (file.endsWith(`.${ext}`) && file.length > ext.length + 1) return file.slice(0, -(ext.length + 1));
  }
  return undefined;
}
