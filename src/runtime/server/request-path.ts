// The path rules and matchers see, and the canonical-URL redirects that come
// before them. Pure. A path is matched decoded per segment (so `/%61dmin` is
// `/admin` for a matcher exactly as for the router), with "/", "?", "#" and "%"
// inside a segment re-encoded (so `/admin%2F..` stays one segment and cannot
// pose as `/admin/..`), and without a trailing slash.

/** @example matchPathOf(["a b", "x/y"]) // "/a b/x%2Fy" */
export function matchPathOf(parts: readonly string[]): string {
  return "/" + parts.map((part) => part.replace(/[%/?#]/g, encodeURIComponent)).join("/");
}

/** A decoded segment percent-encoded, keeping the characters a path segment may hold as they are (RFC 3986 pchar). */
export function encodeSegment(part: string): string {
  return encodeURIComponent(part).replace(/%(?:21|24|26|27|28|29|2A|2B|2C|3A|3B|3D|40)/gi, (m) => decodeURIComponent(m));
}

/**
 * The canonical URL path of decoded segments: what code after the front door
 * (middleware, pages, route handlers) sees, so `/%61dmin` reads as `/admin`.
 * @example urlPathOf(["a b", "x/y"]) // "/a%20b/x%2Fy"
 */
export function urlPathOf(parts: readonly string[], trailingSlash = false): string {
  const path = "/" + parts.map(encodeSegment).join("/");
  return trailingSlash && path !== "/" ? `${path}/` : path;
}

/** True when `pathname` (as sent) is `basePath` or below it. */
export function hasBasePath(pathname: string, basePath: string): boolean {
  return basePath === "" || pathname === basePath || pathname.startsWith(basePath + "/");
}

/** Segments below the basePath (its own segments removed). */
export function stripBasePath(parts: readonly string[], basePath: string): string[] {
  const count = basePath === "" ? 0 : basePath.split("/").length - 1;
  return parts.slice(count);
}

/** `.well-known` paths and files (a last segment with an extension) never get a trailing slash. */
function isFileLike(pathname: string): boolean {
  const last = pathname.slice(pathname.lastIndexOf("/") + 1);
  return /\.\w+$/.test(last) && !pathname.startsWith("/.well-known");
}

/**
 * Where the trailingSlash setting sends `pathname`, or undefined when it is
 * already canonical (Next: test/integration/trailing-slash-redirect, docs
 * "trailingSlash"): without trailingSlash "/about/" → "/about"; with it
 * "/about" → "/about/", while files such as "/file.txt" keep no slash.
 * @example trailingSlashRedirect("/about/", false) // "/about"
 */
export function trailingSlashRedirect(pathname: string, trailingSlash: boolean): string | undefined {
  if (pathname === "/") return undefined;
  const slashed = pathname.endsWith("/");
  const bare = slashed ? pathname.replace(/\/+$/, "") || "/" : pathname;
  if (!trailingSlash || isFileLike(bare) || bare.startsWith("/.well-known/")) return slashed ? bare : undefined;
  return slashed ? undefined : `${pathname}/`;
}
