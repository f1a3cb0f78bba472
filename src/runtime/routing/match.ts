// Matches a URL pathname against routes sorted by Next's precedence
// (static > dynamic > catch-all > optional catch-all). Pure: sorting happens at
// build time with `compareRoutes`, matching at request time with `matchRoute`.
import type { UrlSegment } from "./segments";

export type Params = Record<string, string | string[]>;

export interface Matchable {
  segments: readonly UrlSegment[];
}

export interface RouteMatch<R> {
  route: R;
  params: Params;
}

const RANK: Record<UrlSegment["kind"], number> = {
  static: 0,
  dynamic: 1,
  catchAll: 2,
  optionalCatchAll: 3,
};

/**
 * Orders two routes so the more specific one comes first. Segment by segment the
 * lower rank wins; a static segment beats a longer route only where they differ.
 */
export function compareRoutes(a: Matchable, b: Matchable): number {
  const len = Math.max(a.segments.length, b.segments.length);
  for (let i = 0; i < len; i++) {
    const sa = a.segments[i];
    const sb = b.segments[i];
    // A route that ends first is the more specific one (`/docs` before `/docs/[[...slug]]`).
    if (!sa) return -1;
    if (!sb) return 1;
    const diff = RANK[sa.kind] - RANK[sb.kind];
    if (diff !== 0) return diff;
    if (sa.kind === "static" && sb.kind === "static" && sa.value !== sb.value) {
      return sa.value < sb.value ? -1 : 1;
    }
  }
  return 0;
}

/** Thrown for a path whose percent-encoding is malformed; the server answers 400. */
export class MalformedPathError extends Error {
  constructor(pathname: string) {
    super(`[vinext] Malformed percent-encoding in path "${pathname}".`);
    this.name = "MalformedPathError";
  }
}

/**
 * Splits a pathname into decoded segments. Empty segments (from `//` or a
 * trailing slash) are dropped; the handler redirects such URLs before matching.
 * @example splitPathname("/a/%C3%A9") // ["a", "é"]
 */
export function splitPathname(pathname: string): string[] {
  const parts: string[] = [];
  for (const raw of pathname.split("/")) {
    if (raw === "") continue;
    try {
      parts.push(decodeURIComponent(raw));
    } catch {
      throw new MalformedPathError(pathname);
    }
  }
  return parts;
}

/**
 * Finds the first route (in precedence order) that matches the decoded segments.
 * @example matchRoute(sorted, ["blog", "hello"]) // { route, params: { slug: "hello" } }
 */
export function matchRoute<R extends Matchable>(
  sortedRoutes: readonly R[],
  parts: readonly string[],
): RouteMatch<R> | null {
  for (const route of sortedRoutes) {
    const params = matchSegments(route.segments, parts);
    if (params) return { route, params };
  }
  return null;
}

function matchSegments(segments: readonly UrlSegment[], parts: readonly string[]): Params | null {
  const params: Params = {};
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    const part = parts[i];
    switch (seg.kind) {
      case "static":
        if (part !== seg.value) return null;
        break;
      case "dynamic":
        if (part === undefined) return null;
        params[seg.name] = part;
        break;
      case "catchAll":
        if (part === undefined) return null;
        params[seg.name] = parts.slice(i);
        return params;
      case "optionalCatchAll":
        if (part !== undefined) params[seg.name] = parts.slice(i);
        return params;
    }
  }
  return parts.length === segments.length ? params : null;
}
