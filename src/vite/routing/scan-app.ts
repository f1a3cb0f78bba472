// Reads app/ into a pure route manifest (data only). Conventions:
// https://nextjs.org/docs/app/api-reference/file-conventions
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { formatPattern, parseFolder, type UrlSegment } from "../../runtime/routing/segments";
import { compareRoutes } from "../../runtime/routing/match";
import {
  SEGMENT_FILES,
  type AppManifest,
  type AppRoute,
  type MetadataFile,
  type SegmentFileName,
  type SegmentFiles,
} from "../../runtime/routing/app-manifest";
import { checkMetadataConflicts, scanMetadataFile } from "./scan-metadata";

/** Throws a `[vinext]` error that names the offending file. */
export function scanApp(appDir: string, pageExtensions: readonly string[]): AppManifest {
  const routes: AppRoute[] = [];
  const seen = new Map<string, string>();
  const metadataRoutes: MetadataFile[] = [];

  const walk = (dir: string, segments: UrlSegment[], chain: SegmentFiles[]) => {
    const entries = readdirSync(dir).sort();
    const node: SegmentFiles = { dir: relative(appDir, dir).split("\\").join("/"), files: {} };
    for (const entry of entries) {
      const full = join(dir, entry);
      if (!statSync(full).isFile()) continue;
      const special = specialFileName(entry, pageExtensions);
      if (special) node.files[special] = full;
      const meta = scanMetadataFile(entry, { dir, relDir: node.dir, segments, pageExtensions });
      if (meta) (node.metadata ??= []).push(meta);
    }
    if (node.metadata) metadataRoutes.push(...node.metadata);
    const here = [...chain, node];
    const leaf = node.files.page ? "page" : node.files.route ? "route" : undefined;
    if (node.files.page && node.files.route) {
      throw new Error(
        `[vinext] ${node.files.route}: a folder cannot hold both page and route files (${formatPattern(segments)}). Move one of them.`,
      );
    }
    if (leaf) {
      const pattern = formatPattern(segments);
      const file = node.files[leaf]!;
      const clash = seen.get(pattern);
      if (clash) {
        throw new Error(
          `[vinext] ${file}: resolves to the same path "${pattern}" as ${clash}. Route groups must not produce duplicate URLs.`,
        );
      }
      seen.set(pattern, file);
      routes.push({ pattern, segments, kind: leaf, chain: here });
    }
    for (const entry of entries) {
      const full = join(dir, entry);
      if (!statSync(full).isDirectory()) continue;
      let folder;
      try {
        folder = parseFolder(entry);
      } catch (error) {
        throw new Error(`${(error as Error).message} (in ${full})`);
      }
      if (folder.kind === "private" || folder.kind === "slot") continue;
      walk(full, folder.kind === "url" ? [...segments, folder.segment] : segments, here);
    }
  };

  if (!existsSync(appDir)) return { routes: [], root: { dir: "", files: {} } };
  walk(appDir, [], []);
  routes.sort(compareRoutes);
  checkMetadataConflicts(appDir, metadataRoutes);
  const root = routes[0]?.chain[0] ?? { dir: "", files: {} };
  return { routes, root: scanRootOnly(appDir, pageExtensions, root), ...(metadataRoutes.length ? { metadataRoutes } : {}) };
}

function scanRootOnly(appDir: string, exts: readonly string[], fallback: SegmentFiles): SegmentFiles {
  if (Object.keys(fallback.files).length > 0) return fallback;
  const node: SegmentFiles = { dir: "", files: {} };
  for (const entry of readdirSync(appDir)) {
    const special = specialFileName(entry, exts);
    if (special) node.files[special] = join(appDir, entry);
  }
  return node;
}

function specialFileName(file: string, exts: readonly string[]): SegmentFileName | undefined {
  const dot = file.lastIndexOf(".");
  if (dot <= 0) return undefined;
  const base = file.slice(0, dot);
  const ext = file.slice(dot + 1);
  if (!exts.includes(ext)) return undefined;
  return (SEGMENT_FILES as readonly string[]).includes(base) ? (base as SegmentFileName) : undefined;
}
