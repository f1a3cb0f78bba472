// Parses one folder name of app/ or pages/ into a URL segment. Pure and shared by
// the build-time scanner and the request-time matcher, so both agree on syntax.
// Conventions follow https://nextjs.org/docs/app/building-your-application/routing

export type UrlSegment =
  | { kind: "static"; value: string }
  | { kind: "dynamic"; name: string }
  | { kind: "catchAll"; name: string }
  | { kind: "optionalCatchAll"; name: string };

export type FolderKind =
  | { kind: "url"; segment: UrlSegment }
  /** `(group)`: organises files, adds nothing to the URL. */
  | { kind: "group" }
  /** `_private`: excluded from routing with everything below it. */
  | { kind: "private" }
  /** `@slot`: a parallel route slot. */
  | { kind: "slot"; name: string }
  /**
   * `(.)x`, `(..)x`, `(..)(..)x`, `(...)x`: an intercepting route for `x`, resolved
   * `up` URL segments above the folder holding it ("root" for `(...)`).
   */
  | { kind: "intercept"; up: number | "root"; segment: UrlSegment };

const PARAM_NAME = /^[A-Za-z_$][\w$-]*$/;

/**
 * Classifies a folder name. Throws a `[vinext]` error for malformed brackets so the
 * scanner can report the file; a folder is never silently ignored.
 * @example parseFolder("[...slug]") // { kind: "url", segment: { kind: "catchAll", name: "slug" } }
 */
export function parseFolder(name: string): FolderKind {
  if (name.startsWith("_")) return { kind: "private" };
  if (name.startsWith("(.")) return parseIntercept(name);
  if (name.startsWith("(") && name.endsWith(")")) return { kind: "group" };
  if (name.startsWith("@")) return { kind: "slot", name: name.slice(1) };
  // `%5F` escapes a leading underscore so the folder is routable (Next: test/e2e/app-dir/underscore-ignore-app-paths).
  if (!name.includes("[") && !name.includes("]")) return { kind: "url", segment: { kind: "static", value: name.replace(/%5F/gi, "_") } };
  const optional = /^\[\[\.\.\.([^\]]+)\]\]$/.exec(name);
  if (optional) return { kind: "url", segment: { kind: "optionalCatchAll", name: checkName(optional[1]!, name) } };
  const catchAll = /^\[\.\.\.([^\]]+)\]$/.exec(name);
  if (catchAll) return { kind: "url", segment: { kind: "catchAll", name: checkName(catchAll[1]!, name) } };
  const dynamic = /^\[([^\].]+)\]$/.exec(name);
  if (dynamic) return { kind: "url", segment: { kind: "dynamic", name: checkName(dynamic[1]!, name) } };
  throw new Error(
    `[vinext] Invalid route segment "${name}": expected "[name]", "[...name]" or "[[...name]]".`,
  );
}

function checkName(param: string, folder: string): string {
  if (!PARAM_NAME.test(param)) {
    throw new Error(`[vinext] Invalid parameter name "${param}" in route segment "${folder}".`);
  }
  return param;
}

/** Writes segments back as a Next-style pattern such as `/blog/[slug]`. */
export function formatPattern(segments: readonly UrlSegment[]): string {
  if (segments.length === 0) return "/";
  return segments
    .map((s) => {
      switch (s.kind) {
        case "static":
          return `/${s.value}`;
        case "dynamic":
          return `/[${s.name}]`;
        case "catchAll":
          return `/[...${s.name}]`;
        case "optionalCatchAll":
          return `/[[...${s.name}]]`;
      }
    })
    .join("");
}

/** True when a route pattern needs params to be rendered. */
export function isDynamicPattern(segments: readonly UrlSegment[]): boolean {
  return segments.some((s) => s.kind !== "static");
}

function parseIntercept(name: string): FolderKind {
  const match = /^((?:\(\.\.\))+|\(\.\)|\(\.\.\.\))(.+)$/.exec(name);
  if (!match) throw new Error(`[vinext] Invalid intercepting route folder "${name}": expected (.)x, (..)x, (..)(..)x or (...)x.`);
  const marker = match[1]!;
  const rest = parseFolder(match[2]!);
  if (rest.kind !== "url") throw new Error(`[vinext] Invalid intercepting route folder "${name}": "${match[2]}" must be a URL segment.`);
  const up = marker === "(.)" ? 0 : marker === "(...)" ? "root" : marker.length / 4;
  return { kind: "intercept", up, segment: rest.segment };
}
