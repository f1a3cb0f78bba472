// Which requests middleware runs for: `export const config = { matcher }` as a
// string, an array of strings, or objects with `source`, `has`, `missing` and
// `locale` (https://nextjs.org/docs/app/api-reference/file-conventions/middleware#matcher,
// test/e2e/middleware-matcher). Matched like next.config sources: decoded
// segments, no trailing slash, case-insensitive. Framework files are never
// matched: `/_next/static/*`, hashed `/assets/*` and vinext's own `/__vinext/*`.
import { matchConditions, type HasCondition, type RuleRequest } from "../routing/config-rules";
import { compilePathPattern, matchPathPattern, type CompiledPattern } from "../routing/path-pattern";

export interface CompiledMatcher {
  pattern: CompiledPattern;
  has?: HasCondition[];
  missing?: HasCondition[];
  /** false: with i18n, the source names the locale itself ("/nl-NL/about"). */
  locale?: false;
}

/**
 * With Pages Router i18n, the two forms of the request's path (from
 * runtime/server/config-routing.ts RuleLocale): a matcher's source is tested
 * below the locale ("/hello" matches "/fr/hello"), a `locale: false` one
 * against the path with its locale (the default one when the URL has none).
 * Next: test/e2e/middleware-custom-matchers-i18n.
 */
export interface MatcherLocalePaths {
  rest: string;
  withLocale: string;
}

/** undefined: every path (no `config.matcher`). */
export type MiddlewareMatchers = CompiledMatcher[] | undefined;

const ALWAYS_SKIPPED = /^\/(?:_next\/static|assets|__vinext)(?:\/|$)/;

function conditions(value: unknown, field: string, where: string): HasCondition[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || !value.every((c) => c && typeof c === "object" && ["header", "cookie", "query", "host"].includes(c.type))) {
    throw new Error(`[vinext] ${where}: "${field}" must be an array of { type: "header" | "cookie" | "query" | "host", key, value } objects.`);
  }
  return value as HasCondition[];
}

function compileOne(entry: unknown, where: string): CompiledMatcher {
  const source = typeof entry === "string" ? entry : entry && typeof entry === "object" ? (entry as { source?: unknown }).source : undefined;
  if (typeof source !== "string") throw new Error(`[vinext] ${where}: each matcher must be a path string or { source, has?, missing? } (got ${JSON.stringify(entry)}).`);
  let pattern: CompiledPattern;
  try {
    pattern = compilePathPattern(source);
  } catch (error) {
    throw new Error(`[vinext] ${where}: matcher ${(error as Error).message}.`);
  }
  if (typeof entry === "string") return { pattern };
  const object = entry as { has?: unknown; missing?: unknown; locale?: unknown };
  if (object.locale !== undefined && object.locale !== false) throw new Error(`[vinext] ${where}: a matcher's "locale" can only be false (got ${JSON.stringify(object.locale)}).`);
  return { pattern, has: conditions(object.has, "has", where), missing: conditions(object.missing, "missing", where), ...(object.locale === false ? { locale: false as const } : {}) };
}

/**
 * Compiles `config.matcher` of a middleware module (`where` names it in errors).
 * @example compileMatchers(["/admin/:path*"], "middleware.ts")
 */
export function compileMatchers(matcher: unknown, where: string): MiddlewareMatchers {
  if (matcher === undefined) return undefined;
  const list = Array.isArray(matcher) ? matcher : [matcher];
  if (list.length === 0) throw new Error(`[vinext] ${where}: config.matcher is an empty array (middleware would never run).`);
  return list.map((entry) => compileOne(entry, where));
}

/** True when middleware must run for this request. */
export function middlewareMatches(matchers: MiddlewareMatchers, request: RuleRequest, locale?: MatcherLocalePaths): boolean {
  if (ALWAYS_SKIPPED.test(request.pathname)) return false;
  if (!matchers) return true;
  return matchers.some((m) => {
    const path = locale ? (m.locale === false ? locale.withLocale : locale.rest) : request.pathname;
    return matchPathPattern(m.pattern, path) !== null && matchConditions(m.has, m.missing, request) !== null;
  });
}
