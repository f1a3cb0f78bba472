// The shape of the App Router manifest: produced at build time by the scanner,
// read at request time from `virtual:vinext/app-routes`. Data only.
import type { UrlSegment } from "./segments";

export const SEGMENT_FILES = [
  "layout",
  "template",
  "loading",
  "error",
  "not-found",
  "forbidden",
  "unauthorized",
  "global-error",
  "default",
  "page",
  "route",
] as const;
export type SegmentFileName = (typeof SEGMENT_FILES)[number];

export interface SegmentFiles {
  /** Folder relative to the app dir, "" for the root. */
  dir: string;
  /** Special file name → module key (its absolute path) in `modules`. */
  files: Partial<Record<SegmentFileName, string>>;
  /** Metadata files in this folder that render into <head> (icons, social images, manifest). */
  metadata?: MetadataFile[];
  /** URL segments from the app root down to this folder (route groups and slots add none). */
  depth?: number;
  /** Parallel route slots (`@name` folders) whose layout is this folder's. */
  slots?: SlotTree[];
}

/** One `@name` folder: its own routes, matched against the URL below the owning layout. */
export interface SlotTree {
  name: string;
  /** The `@name` folder itself (default, layout, loading, error...). */
  root: SegmentFiles;
  /** Routes inside the slot; `segments` are relative to the owning layout's URL. */
  routes: AppRoute[];
}

/**
 * Metadata file conventions (https://nextjs.org/docs/app/api-reference/file-conventions/metadata):
 * each is served as its own URL and, for images and the manifest, linked from <head>.
 */
export type MetadataFileKind =
  | "favicon"
  | "icon"
  | "apple-icon"
  | "opengraph-image"
  | "twitter-image"
  | "sitemap"
  | "robots"
  | "manifest";

export interface MetadataFile {
  kind: MetadataFileKind;
  /** URL segments of the folder holding the file (route groups dropped). */
  segments: UrlSegment[];
  /** The last URL part it is served at: "icon1.png", "opengraph-image-1a2b3c.png", "sitemap.xml". */
  name: string;
  /**
   * Module key in `modules`. Static files load as `{ default: string }` (a base64
   * data URL for images, the text for .txt/.xml/.json); generated ones
   * (sitemap.ts, robots.ts, manifest.ts) load as the user module.
   */
  file: string;
  generated: boolean;
  contentType: string;
  /** Content hash of a static file, appended as `?hash` to links so caches bust on change. */
  hash?: string;
  /** `sizes` attribute for icons ("32x32", "any"). */
  sizes?: string;
  width?: number;
  height?: number;
  /** From `opengraph-image.alt.txt` / `twitter-image.alt.txt`. */
  alt?: string;
}

export interface AppRoute {
  pattern: string;
  segments: UrlSegment[];
  kind: "page" | "route";
  /** Every folder from the root down to the route's own folder. */
  chain: SegmentFiles[];
  /**
   * Set on intercepting routes (`(.)x`, `(..)x`, `(..)(..)x`, `(...)x` folders): they
   * replace the normal route only for client navigations from a URL under `from`;
   * `target` is the whole URL pattern caught. In a slot, such a route's `segments`
   * are absolute (= `target`), since it may catch a URL outside the slot's layout.
   */
  intercept?: { from: UrlSegment[]; target: UrlSegment[] };
}

export interface AppManifest {
  routes: AppRoute[];
  /** The root folder's files (root layout, root not-found). */
  root: SegmentFiles;
  /** Every metadata file served as a URL (sitemap.xml, robots.txt, icons, ...). */
  metadataRoutes?: MetadataFile[];
}

/** A lazily imported user module, keyed by absolute file path. */
export type ModuleLoader = () => Promise<Record<string, unknown>>;
