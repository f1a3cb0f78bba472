// next.config redirects / rewrites / headers as data, and the pure functions
// that apply one rule to a request: source match, `has` / `missing`, and the
// destination with its params filled in. Validated at build time
// (src/vite/routing-config.ts), applied at request time (server/config-routing.ts).
// https://nextjs.org/docs/app/api-reference/config/next-config-js/redirects
// https://nextjs.org/docs/app/api-reference/config/next-config-js/rewrites
// https://nextjs.org/docs/app/api-reference/config/next-config-js/headers
import { compilePathPattern, destinationParams, matchPathPattern, type CompiledPattern, type PatternParams } from "./path-pattern";

export type HasType = "header" | "cookie" | "query" | "host";

export interface HasCondition {
  type: HasType;
  /** Header, cookie or query name (unused for host). */
  key?: string;
  /** A regular expression the whole value must match; named groups become params. */
  value?: string;
}

export interface RuleBase {
  source: string;
  has?: HasCondition[];
  missing?: HasCondition[];
  /** false: the source is matched against the full path, without the app's basePath. */
  basePath?: false;
  /** false: with Pages i18n, match the path with its locale as sent (runtime/server/config-routing.ts). */
  locale?: false;
}

export interface RedirectRule extends RuleBase {
  destination: string;
  status: 301 | 302 | 303 | 307 | 308;
}

export interface RewriteRule extends RuleBase {
  destination: string;
}

export interface HeaderRule extends RuleBase {
  headers: { key: string; value: string }[];
}

export interface RoutingRules {
  headers: HeaderRule[];
  redirects: RedirectRule[];
  rewrites: { beforeFiles: RewriteRule[]; afterFiles: RewriteRule[]; fallback: RewriteRule[] };
}

export const EMPTY_RULES: RoutingRules = { headers: [], redirects: [], rewrites: { beforeFiles: [], afterFiles: [], fallback: [] } };

/** What a rule is matched against. `pathname` is decoded per segment, without a trailing slash. */
export interface RuleRequest {
  pathname: string;
  headers: Headers;
  query: URLSearchParams;
  /** Host name without the port. */
  hostname: string;
  cookies: ReadonlyMap<string, string>;
}

const compiled = new WeakMap<RuleBase, CompiledPattern>();

function patternOf(rule: RuleBase): CompiledPattern {
  let pattern = compiled.get(rule);
  if (!pattern) compiled.set(rule, (pattern = compilePathPattern(rule.source)));
  return pattern;
}

/** Next keeps only the letters of a header/cookie/query name when it becomes a param. */
const paramNameOf = (key: string) => key.replace(/[^a-zA-Z]/g, "");

function conditionValue(condition: HasCondition, request: RuleRequest): string | undefined {
  const key = condition.key ?? "";
  switch (condition.type) {
    case "header":
      return request.headers.get(key) ?? undefined;
    case "cookie":
      return request.cookies.get(key);
    case "query":
      return request.query.get(key) ?? undefined;
    case "host":
      return request.hostname;
  }
}

/** Params captured by one condition, or null when it does not hold. */
function matchCondition(condition: HasCondition, request: RuleRequest): PatternParams | null {
  const value = conditionValue(condition, request);
  if (value === undefined) return null;
  if (condition.value === undefined) {
    return condition.type === "host" ? {} : { [paramNameOf(condition.key ?? "")]: value };
  }
  const m = new RegExp(`^(?:${condition.value})$`).exec(value);
  if (!m) return null;
  return { ...m.groups };
}

/**
 * Params when every `has` condition holds and no `missing` one does, else null.
 * @example matchConditions([{ type: "query", key: "page" }], [], req) // { page: "2" }
 */
export function matchConditions(has: readonly HasCondition[] = [], missing: readonly HasCondition[] = [], request: RuleRequest): PatternParams | null {
  const params: PatternParams = {};
  for (const condition of has) {
    const found = matchCondition(condition, request);
    if (!found) return null;
    Object.assign(params, found);
  }
  for (const condition of missing) if (matchCondition(condition, request)) return null;
  return params;
}

/** The rule's params for this request (source, then has/missing), or null. */
export function matchRule(rule: RuleBase, request: RuleRequest, pathname = request.pathname): PatternParams | null {
  const params = matchPathPattern(patternOf(rule), pathname);
  if (!params) return null;
  const conditions = matchConditions(rule.has, rule.missing, request);
  return conditions && { ...params, ...conditions };
}

const SPLIT_URL = /^([a-z][a-z\d+.-]*:)?(\/\/[^/?#]*)?([^?#]*)(\?[^#]*)?(#.*)?$/i;
const PARAM_TOKEN = /:([A-Za-z_$][\w$]*)(\([^)]*\))?([?*+])?/g;

const asText = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join("/") : (value ?? ""));
const encodePath = (value: string) => value.split("/").map(encodeURIComponent).join("/");

/**
 * Replaces `:name` in a non-path part (host, query, hash, header key/value) with the raw value.
 * @example fillParams("x-:id", { id: "7" }) // "x-7"
 */
export function fillParams(text: string, params: PatternParams): string {
  return text.replace(PARAM_TOKEN, (token, name: string) => (name in params ? asText(params[name]) : token));
}

/** Replaces `:name`, `:name*` … in a path; an absent optional param takes its "/" with it. */
function fillPath(path: string, params: PatternParams): string {
  let out = path.replace(PARAM_TOKEN, (token, name: string, _regex, modifier: string | undefined) =>
    name in params ? encodePath(asText(params[name])) : modifier ? "" : token,
  );
  out = out.replace(/\/{2,}/g, "/");
  return out.length > 1 && out.endsWith("/") && !path.endsWith("/") ? out.slice(0, -1) : out;
}

export interface Destination {
  /** An absolute URL for external destinations, else path + search + hash. */
  href: string;
  external: boolean;
}

/**
 * The destination of a matched rule: params filled into host, path, query and
 * hash, the request's query passed through (the destination's own keys win),
 * and — for rewrites — params the destination does not use added to the query.
 * @example buildDestination("/news/:slug", { slug: "a" }, new URLSearchParams("x=1"), false) // { href: "/news/a?x=1", external: false }
 */
export function buildDestination(destination: string, params: PatternParams, query: URLSearchParams, appendParams: boolean): Destination {
  const [, scheme = "", authority = "", path = "", search = "", hash = ""] = SPLIT_URL.exec(destination) ?? [];
  const external = scheme !== "" || authority !== "";
  const out = new URLSearchParams(query);
  const own = new URLSearchParams(search.slice(1));
  for (const key of new Set(own.keys())) out.delete(fillParams(key, params));
  for (const [key, value] of own) out.append(fillParams(key, params), fillParams(value, params));
  if (appendParams) {
    const used = new Set(destinationParams(destination));
    for (const [name, value] of Object.entries(params)) {
      if (!used.has(name) && !/^\d+$/.test(name) && !out.has(name)) out.set(name, asText(value));
    }
  }
  const filledPath = fillPath(path, params) || (external ? "" : "/");
  const queryString = out.toString();
  const href = `${scheme}${fillParams(authority, params)}${filledPath}${queryString ? `?${queryString}` : ""}${fillParams(hash, params)}`;
  return { href, external };
}
