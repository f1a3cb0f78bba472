// Tags live as one small record per tag (KV has no tag query): when it was last
// revalidated and, for updateTag / `{ expire }`, when entries from before that
// stop being servable. An entry is judged by its own tags on read.
// Implicit tags follow Next's `_N_T_` scheme so revalidatePath reaches the
// pages and layouts under a path (test/e2e/app-dir/revalidate-*).

export const IMPLICIT_TAG_PREFIX = "_N_T_";

export interface TagRecord {
  /** ms since epoch of the last revalidation: entries generated before it are stale. */
  at: number;
  /** Entries generated before this (ms since epoch) are expired: never served again. */
  expiredBefore?: number;
  /** A revalidation with `{ expire: N }`: entries generated before `before` expire once `at` passes. */
  pending?: { before: number; at: number };
}

export type TagVerdict = "fresh" | "stale" | "expired";

export function isTagRecord(value: unknown): value is TagRecord {
  return !!value && typeof value === "object" && typeof (value as TagRecord).at === "number";
}

/** The record after a revalidation at `now`; `expireSeconds` 0 expires at once, undefined only marks stale. */
export function nextTagRecord(previous: TagRecord | undefined, now: number, expireSeconds: number | undefined): TagRecord {
  const record: TagRecord = { at: now };
  let expiredBefore = previous?.expiredBefore;
  let pending = previous?.pending;
  if (pending && now >= pending.at) {
    expiredBefore = Math.max(expiredBefore ?? 0, pending.before);
    pending = undefined;
  }
  if (expireSeconds === 0) expiredBefore = now;
  else if (expireSeconds !== undefined) pending = { before: now, at: now + expireSeconds * 1000 };
  if (expiredBefore !== undefined) record.expiredBefore = expiredBefore;
  if (pending) record.pending = pending;
  return record;
}

/** How the tags' records judge an entry generated at `lastModified`. */
export function judgeByTags(records: readonly (TagRecord | undefined)[], lastModified: number, now: number): TagVerdict {
  let verdict: TagVerdict = "fresh";
  for (const record of records) {
    if (!record) continue;
    if (record.expiredBefore !== undefined && lastModified < record.expiredBefore) return "expired";
    if (record.pending && now >= record.pending.at && lastModified < record.pending.before) return "expired";
    if (lastModified < record.at) verdict = "stale";
  }
  return verdict;
}

/**
 * The implicit tags of a page: its path, and the page and every layout of its
 * route pattern, as revalidatePath(path) / (pattern, "page") / (pattern, "layout") name them.
 */
export function implicitPageTags(pathname: string, pattern: string): string[] {
  const tags = new Set<string>();
  const parts = pattern.split("/").filter(Boolean);
  tags.add(`${IMPLICIT_TAG_PREFIX}/layout`);
  for (let i = 1; i <= parts.length; i++) tags.add(`${IMPLICIT_TAG_PREFIX}/${parts.slice(0, i).join("/")}/layout`);
  tags.add(`${IMPLICIT_TAG_PREFIX}${pattern === "/" ? "" : pattern}/page`);
  tags.add(`${IMPLICIT_TAG_PREFIX}${normalizePath(pathname)}`);
  return [...tags];
}

function normalizePath(path: string): string {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, "") : path;
  return trimmed || "/";
}

/** The tag revalidatePath(path, type) expires. */
export function pathTag(path: string, type?: "page" | "layout"): string {
  const normalized = normalizePath(path);
  if (type === "layout") return `${IMPLICIT_TAG_PREFIX}${normalized === "/" ? "" : normalized}/layout`;
  if (type === "page") return `${IMPLICIT_TAG_PREFIX}${normalized === "/" ? "" : normalized}/page`;
  return `${IMPLICIT_TAG_PREFIX}${normalized}`;
}
