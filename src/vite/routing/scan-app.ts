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
  type SlotTree,
} from "../../runtime/routing/app-manifest";
import { checkMetadataConflicts, scanMetadataFile } from "./scan-metadata";

interface WalkContext {
  appDir: string;
  pageExtensions: readonly string[];
  routes: AppRoute[];
  seen: Map<string, string>;
  /** Collects metadata files (main tree only). */
  metadata?: MetadataFile[];
  /** URL segments owned by the layout a slot tree hangs from (0 for the main tree). */
  base: number;
}

function specialFiles(ctx: WalkContext, dir: string, segments: UrlSegment[], node: SegmentFiles, entries: string[]) {
  for (const entry of entries) {
    const full = join(dir, entry);
    if (!statSync(full).isFile()) continue;
    const special = specialFileName(entry, ctx.pageExtensions);
    if (special) node.files[special] = full;
    if (!ctx.metadata) continue;
    const meta = scanMetadataFile(entry, { dir, relDir: node.dir, segments, pageExtensions: ctx.pageExtensions });
    if (meta) (node.metadata ??= []).push(meta);
  }
  if (node.metadata && ctx.metadata) ctx.metadata.push(...node.metadata);
}

function addRoute(ctx: WalkContext, node: SegmentFiles, segments: UrlSegment[], chain: SegmentFiles[], interceptFrom: UrlSegment[] | undefined) {
  if (node.files.page && node.files.route) {
    throw new Error(`[vinext] ${node.files.route}: a folder cannot hold both page and route files (${formatPattern(segments)}). Move one of them.`);
  }
  const leaf = node.files.page ? "page" : node.files.route ? "route" : undefined;
  if (!leaf) return;
  // An intercepting route in a slot may catch a URL outside the slot's layout
  // (`@modal/(..)photo`), so it keeps absolute segments; other slot routes are
  // relative to the layout that owns the slot.
  const own = interceptFrom ? segments : segments.slice(ctx.base);
  const pattern = formatPattern(own);
  const file = node.files[leaf]!;
  const key = `${interceptFrom ? `intercept:${formatPattern(interceptFrom)}:` : ""}${pattern}`;
  const clash = ctx.seen.get(key);
  if (clash) throw new Error(`[vinext] ${file}: resolves to the same path "${pattern}" as ${clash}. Route groups must not produce duplicate URLs.`);
  ctx.seen.set(key, file);
  ctx.routes.push({ pattern, segments: own, kind: leaf, chain, ...(interceptFrom ? { intercept: { from: interceptFrom, target: segments } } : {}) });
}

/** Scans one `@name` folder into its own route list (patterns relative to the owning layout). */
function scanSlot(ctx: WalkContext, dir: string, name: string, segments: UrlSegment[]): SlotTree {
  const slotCtx: WalkContext = { ...ctx, routes: [], seen: new Map(), metadata: undefined, base: segments.length };
  const root = walk(slotCtx, dir, segments, [], undefined);
  slotCtx.routes.sort(compareRoutes);
  return { name, root, routes: slotCtx.routes };
}

/** `interceptFrom`: inside an intercepting folder, the URL segments of the folder holding it. */
function walk(ctx: WalkContext, dir: string, segments: UrlSegment[], chain: SegmentFiles[], interceptFrom: UrlSegment[] | undefined): SegmentFiles {
  const entries = readdirSync(dir).sort();
  const node: SegmentFiles = { dir: relative(ctx.appDir, dir).split("\\").join("/"), files: {}, depth: segments.length };
  specialFiles(ctx, dir, segments, node, entries);
  const here = [...chain, node];
  addRoute(ctx, node, segments, here, interceptFrom);
  for (const entry of entries) {
    const full = join(dir, entry);
    if (!statSync(full).isDirectory()) continue;
    let folder;
    try {
      folder = parseFolder(entry);
    } catch (error) {
      throw new Error(`${(error as Error).message} (in ${full})`);
    }
    if (folder.kind === "private") continue;
    if (folder.kind === "slot") {
      (node.slots ??= []).push(scanSlot(ctx, full, folder.name, segments));
      continue;
    }
    if (folder.kind === "intercept") {
      // `(..)` climbs URL segments, not folders (groups and slots do not count).
      const up = folder.up === "root" ? segments.length : folder.up;
      if (up > segments.length) throw new Error(`[vinext] ${full}: "${entry}" climbs above the app root.`);
      const target = [...segments.slice(0, segments.length - up), folder.segment];
      // The folders below extend the target; `from` stays the interceptor's URL.
      walk(ctx, full, target, here, interceptFrom ?? segments);
      continue;
    }
    walk(ctx, full, folder.kind === "url" ? [...segments, folder.segment] : segments, here, interceptFrom);
  }
  return node;
}

/** Throws a `[vinext]` error that names the offending file. */
export function scanApp(appDir: string, pageExtensions: readonly string[]): AppManifest {
  if (!existsSync(appDir)) return { routes: [], root: { dir: "", files: {} } };
  const metadataRoutes: MetadataFile[] = [];
  const ctx: WalkContext = { appDir, pageExtensions, routes: [], seen: new Map(), metadata: metadataRoutes, base: 0 };
  const root = walk(ctx, appDir, [], [], undefined);
  const routes = ctx.routes.sort(compareRoutes);
  checkMetadataConflicts(appDir, metadataRoutes);
  return { routes, root, ...(metadataRoutes.length ? { metadataRoutes } : {}) };
}

function specialFileName(file: string, exts: readonly string[]): SegmentFileName | undefined {
  const dot = file.lastIndexOf(".");
  if (dot <= 0) return undefined;
  const base = file.slice(0, dot);
  const ext = file.slice(dot + 1);
  if (!exts.includes(ext)) return undefined;
  return (SEGMENT_FILES as readonly string[]).includes(base) ? (base as SegmentFileName) : undefined;
}
