// Recognises metadata files in one app/ folder and reads what <head> needs from
// them at build time (content type, hash, pixel size, alt text), so request
// time never touches the filesystem. Conventions:
// https://nextjs.org/docs/app/api-reference/file-conventions/metadata
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { MetadataFile, MetadataFileKind } from "../../runtime/routing/app-manifest";
import { formatPattern, type UrlSegment } from "../../runtime/routing/segments";
import { iconSizes, imageSize } from "./image-size";

export interface FolderContext {
  /** Absolute folder path. */
  dir: string;
  /** Folder path relative to app/ ("" for the root). */
  relDir: string;
  segments: UrlSegment[];
  pageExtensions: readonly string[];
}

const CONTENT_TYPES: Record<string, string> = {
  ico: "image/x-icon",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  gif: "image/gif",
  svg: "image/svg+xml",
  webp: "image/webp",
  avif: "image/avif",
  txt: "text/plain",
  xml: "application/xml",
  json: "application/manifest+json",
  webmanifest: "application/manifest+json",
};

/** Image conventions: which extensions each accepts (Next's app-icons and opengraph-image docs). */
const IMAGE_EXTS: Record<string, readonly string[]> = {
  icon: ["ico", "jpg", "jpeg", "png", "svg", "webp", "avif"],
  "apple-icon": ["jpg", "jpeg", "png", "webp"],
  "opengraph-image": ["jpg", "jpeg", "png", "gif"],
  "twitter-image": ["jpg", "jpeg", "png", "gif"],
};

/** Text conventions: file name → [kind, served name, root only]. */
const TEXT_FILES: Record<string, [MetadataFileKind, string, boolean]> = {
  "sitemap.xml": ["sitemap", "sitemap.xml", false],
  "robots.txt": ["robots", "robots.txt", true],
  "manifest.json": ["manifest", "manifest.json", true],
  "manifest.webmanifest": ["manifest", "manifest.webmanifest", true],
};

/** Generated conventions: base name → [kind, served name, content type, root only]. */
const GENERATED: Record<string, [MetadataFileKind, string, string, boolean]> = {
  sitemap: ["sitemap", "sitemap.xml", "application/xml", false],
  robots: ["robots", "robots.txt", "text/plain", true],
  manifest: ["manifest", "manifest.webmanifest", "application/manifest+json", true],
};

function splitName(entry: string): [string, string] {
  const dot = entry.lastIndexOf(".");
  return dot <= 0 ? [entry, ""] : [entry.slice(0, dot), entry.slice(dot + 1).toLowerCase()];
}

function contentHash(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex").slice(0, 16);
}

/**
 * Static images under a route group get a short suffix derived from the folder
 * path, so `(a)/opengraph-image.png` and `(b)/opengraph-image.png` do not serve
 * the same URL (Next: test/e2e/app-dir/metadata-dynamic-routes, "unique path for
 * image routes under group routes").
 */
function groupSuffix(relDir: string): string {
  if (!relDir.split("/").some((part) => part.startsWith("(") && part.endsWith(")"))) return "";
  let h = 5381;
  for (const ch of relDir) h = ((h * 33) ^ ch.charCodeAt(0)) >>> 0;
  return `-${h.toString(36).padStart(6, "0").slice(-6)}`;
}

/** The metadata file an app/ folder entry declares, if any. */
export function scanMetadataFile(entry: string, folder: FolderContext): MetadataFile | undefined {
  const isRoot = folder.relDir === "";
  const full = join(folder.dir, entry);
  const [base, ext] = splitName(entry);
  const at = (kind: MetadataFileKind, name: string, file: string, generated: boolean, contentType: string): MetadataFile => ({
    kind,
    segments: folder.segments,
    name,
    file,
    generated,
    contentType,
  });

  if (entry === "favicon.ico") {
    if (!isRoot) return undefined; // Next only honours the root favicon.
    const bytes = readFileSync(full);
    return { ...at("favicon", entry, `${full}?inline`, false, CONTENT_TYPES.ico!), sizes: iconSizes(bytes, "ico"), hash: contentHash(bytes) };
  }

  const text = TEXT_FILES[entry];
  if (text) {
    if (text[2] && !isRoot) return undefined;
    return { ...at(text[0], text[1], `${full}?raw`, false, CONTENT_TYPES[ext]!), hash: contentHash(readFileSync(full)) };
  }

  const image = /^(icon|apple-icon|opengraph-image|twitter-image)(\d*)$/.exec(base);
  if (image) {
    const kind = image[1] as MetadataFileKind;
    if (folder.pageExtensions.includes(ext)) {
      // Drawn by code (next/og): size, type and alt are read from its exports per request;
      // the source hash versions the links.
      return { ...at(kind, `${base}${groupSuffix(folder.relDir)}`, full, true, "image/png"), hash: contentHash(readFileSync(full)) };
    }
    if (!IMAGE_EXTS[kind]!.includes(ext)) return undefined;
    const bytes = readFileSync(full);
    const size = imageSize(bytes);
    const altFile = join(folder.dir, `${base}.alt.txt`);
    const social = kind === "opengraph-image" || kind === "twitter-image";
    return {
      // SVG loads as text: Vite's SVG data URLs rewrite the markup.
      ...at(kind, `${base}${groupSuffix(folder.relDir)}.${ext}`, `${full}?${ext === "svg" ? "raw" : "inline"}`, false, CONTENT_TYPES[ext]!),
      hash: contentHash(bytes),
      ...(social ? { width: size?.width, height: size?.height } : { sizes: iconSizes(bytes, ext) }),
      ...(social && existsSync(altFile) ? { alt: readFileSync(altFile, "utf8").trim() } : {}),
    };
  }

  const generated = GENERATED[base];
  if (generated && folder.pageExtensions.includes(ext)) {
    if (generated[3] && !isRoot) return undefined;
    return at(generated[0], generated[1], full, true, generated[2]);
  }
  return undefined;
}

/** The URL path a metadata file is served at, as a pattern (`/blog/[slug]/opengraph-image.png`). */
export function metadataPattern(file: MetadataFile): string {
  const folder = formatPattern(file.segments);
  return `${folder === "/" ? "" : folder}/${file.name}`;
}

/**
 * Fails when two metadata files, or a metadata file and a file in public/, would
 * answer the same URL (Next reports a conflicting public file as a build error
 * too; public/ is served first, so the metadata route would silently never run).
 */
export function checkMetadataConflicts(appDir: string, files: readonly MetadataFile[]): void {
  const seen = new Map<string, string>();
  for (const file of files) {
    const pattern = metadataPattern(file);
    const clash = seen.get(pattern);
    if (clash) {
      throw new Error(`[vinext] ${file.file.replace(/\?.*$/, "")}: serves ${pattern}, as ${clash} already does. Keep one of them.`);
    }
    seen.set(pattern, file.file.replace(/\?.*$/, ""));
  }
  // The project root is the folder holding app/ (or src/app/); public/ sits there.
  const parent = dirname(appDir);
  const root = basename(parent) === "src" && basename(appDir) === "app" && !existsSync(join(parent, "public")) ? dirname(parent) : parent;
  for (const [pattern, file] of seen) {
    if (!/\[/.test(pattern) && existsSync(join(root, "public", ...pattern.split("/").filter(Boolean)))) {
      throw new Error(
        `[vinext] ${file}: public${pattern} serves the same URL (${pattern}). Remove one of them: public files are served first, so this one would never run.`,
      );
    }
  }
}
