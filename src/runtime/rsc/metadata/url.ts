// URL composition for metadata fields: relative values are joined onto
// `metadataBase` the way Next's docs specify ("URL Composition" in
// https://nextjs.org/docs/app/api-reference/functions/generate-metadata#metadatabase),
// and `./x` in alternates is taken relative to the current route's path
// (Next: test/e2e/app-dir/metadata, "should relative canonical url").
import type { UrlSegment } from "../../routing/segments";
import type { Params } from "../../routing/match";
import type { UrlLike } from "./types";

const ABSOLUTE = /^(?:[a-z][a-z\d+.-]*:|\/\/)/i;

/** Parses `metadataBase`; a bad value is a user error worth naming. */
export function parseMetadataBase(value: unknown, file: string): URL | null {
  if (value === null || value === undefined || value === "") return null;
  if (value instanceof URL) return value;
  try {
    return new URL(String(value));
  } catch {
    throw new Error(`[vinext] ${file}: metadataBase ${JSON.stringify(String(value))} is not an absolute URL. Use for example new URL("https://example.com").`);
  }
}

/**
 * Joins a relative URL onto a base: leading `./`, `../` and `/` all mean "from
 * the end of the base path", duplicate slashes collapse, and a bare base has no
 * trailing slash.
 * @example composeUrl(new URL("https://acme.com/docs"), "/payments") // "https://acme.com/docs/payments"
 * @example composeUrl(new URL("https://acme.com"), "/") // "https://acme.com"
 */
export function composeUrl(base: URL, relative: string): string {
  const cut = relative.search(/[?#]/);
  let path = cut === -1 ? relative : relative.slice(0, cut);
  const suffix = cut === -1 ? "" : relative.slice(cut);
  for (let prev = ""; prev !== path; ) {
    prev = path;
    path = path.replace(/^(?:\.\.?\/|\/+)/, "").replace(/^\.\.?$/, "");
  }
  const basePath = base.pathname.replace(/\/+$/, "");
  return `${base.origin}${path ? `${basePath}/${path}` : basePath}${suffix}`;
}

/**
 * Resolves one metadata URL. Absolute strings and URL objects pass through;
 * `./x` is made relative to `pathname` when one is given; the rest is composed
 * with `base`, or left relative when there is no base.
 */
export function resolveUrl(url: UrlLike, base: URL | null, pathname?: string): UrlLike {
  if (url instanceof URL) return url;
  let value = String(url);
  if (ABSOLUTE.test(value)) return value;
  if (pathname !== undefined && (value === "." || value.startsWith("./"))) {
    const rest = value.slice(2);
    const dir = pathname.replace(/\/+$/, "");
    value = rest ? `${dir}/${rest}` : dir || "/";
  }
  return base ? composeUrl(base, value) : value;
}

/** The concrete path of a route pattern for some params (`/blog/[slug]` + {slug: "a b"} → `/blog/a%20b`). */
export function fillSegments(segments: readonly UrlSegment[], params: Params): string {
  const parts: string[] = [];
  for (const segment of segments) {
    if (segment.kind === "static") parts.push(segment.value);
    else {
      const value = params[segment.name];
      if (value === undefined) continue;
      parts.push(...(Array.isArray(value) ? value : [value]));
    }
  }
  return `/${parts.map(encodeURIComponent).join("/")}`;
}
