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
}

export interface AppRoute {
  pattern: string;
  segments: UrlSegment[];
  kind: "page" | "route";
  /** Every folder from the root down to the route's own folder. */
  chain: SegmentFiles[];
}

export interface AppManifest {
  routes: AppRoute[];
  /** The root folder's files (root layout, root not-found). */
  root: SegmentFiles;
}

/** A lazily imported user module, keyed by absolute file path. */
export type ModuleLoader = () => Promise<Record<string, unknown>>;
