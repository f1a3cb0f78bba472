// Request-time side of next.config headers / redirects / rewrites: which rules
// match this request and what they produce. The order of the steps is the
// pipeline's (pipeline.ts); this module only evaluates rule lists.
import { buildDestination, fillParams, matchRule, type HeaderRule, type RedirectRule, type RewriteRule, type RuleRequest } from "../routing/config-rules";
import { addLocalePrefix } from "../pages/i18n";
import { parseCookieHeader } from "./cookies";

/** The path a rule is matched against: with the basePath (basePath: false rules) or without it (undefined outside it). */
export interface RulePaths {
  /** Below the basePath; undefined when the request is outside it. */
  app: string | undefined;
  /** The whole path, basePath included. */
  full: string;
  /** With Pages Router i18n, below the basePath: the request's locale (from the path, else the default). */
  locale?: RuleLocale;
}

/**
 * Next matches a rule's source after the locale (`/fr/about` and `/about`
 * both match "/about") and puts the locale back on an internal destination; a
 * `locale: false` rule matches the path with its locale always present (the
 * default one added when the URL has none). Next: test/integration/custom-routes-i18n.
 */
export interface RuleLocale {
  name: string;
  isDefault: boolean;
  /** The app path without the locale. */
  rest: string;
  /** The app path with the locale ("/en/about" for "/about"). */
  withLocale: string;
  basePath: string;
}

export function ruleRequestOf(request: Request, url: URL, paths: RulePaths): RuleRequest {
  return {
    pathname: paths.app ?? paths.full,
    headers: request.headers,
    query: url.searchParams,
    hostname: url.hostname,
    cookies: parseCookieHeader(request.headers.get("cookie")),
  };
}

function pathFor(rule: { basePath?: false; locale?: false }, paths: RulePaths): string | undefined {
  const locale = paths.locale;
  if (!locale) return rule.basePath === false ? paths.full : paths.app;
  const below = rule.locale === false ? locale.withLocale : locale.rest;
  return rule.basePath === false ? (below === "/" && locale.basePath ? locale.basePath : locale.basePath + below) : below;
}

/**
 * An internal destination in the request's locale: unprefixed for the default
 * locale (Next redirects `/en/redirect-1` to `/destination-1`), `/fr/…` otherwise.
 */
function localized(href: string, rule: { locale?: false }, paths: RulePaths): string {
  const locale = paths.locale;
  if (!locale || rule.locale === false || locale.isDefault) return href;
  const cut = href.search(/[?#]/);
  const path = cut === -1 ? href : href.slice(0, cut);
  return addLocalePrefix(path, locale.name, undefined) + (cut === -1 ? "" : href.slice(cut));
}

/**
 * Headers of every matching rule, in order (a later rule's value for the same
 * key wins, Set-Cookie values add up); `:params` fill keys and values.
 */
export function collectHeaders(rules: readonly HeaderRule[], request: RuleRequest, paths: RulePaths): Headers {
  const headers = new Headers();
  for (const rule of rules) {
    const path = pathFor(rule, paths);
    const params = path === undefined ? null : matchRule(rule, request, path);
    if (!params) continue;
    for (const { key, value } of rule.headers) {
      const name = fillParams(key, params);
      if (name.toLowerCase() === "set-cookie") headers.append(name, fillParams(value, params));
      else headers.set(name, fillParams(value, params));
    }
  }
  return headers;
}

/** The response of the first matching redirect (Location relative for internal destinations), or undefined. */
export function findRedirect(rules: readonly RedirectRule[], request: RuleRequest, paths: RulePaths, basePath: string): Response | undefined {
  for (const rule of rules) {
    const path = pathFor(rule, paths);
    const params = path === undefined ? null : matchRule(rule, request, path);
    if (!params) continue;
    const destination = buildDestination(rule.destination, params, request.query, false);
    const href = destination.external ? destination.href : localized(destination.href, rule, paths);
    const location = destination.external || rule.basePath === false ? href : basePath + href;
    return new Response(null, { status: rule.status, headers: { location } });
  }
  return undefined;
}

export interface RewriteHit {
  /** Absolute URL (external) or path + search below the basePath. */
  href: string;
  external: boolean;
  /** The rule applied (for logs). */
  source: string;
}

/**
 * Applies one rewrite rule if it matches. Destinations of basePath rules are
 * app paths; a `basePath: false` rule's internal destination is a full path,
 * returned below the basePath when it lies under it.
 */
export function applyRewrite(rule: RewriteRule, request: RuleRequest, paths: RulePaths, basePath: string): RewriteHit | undefined {
  const path = pathFor(rule, paths);
  const params = path === undefined ? null : matchRule(rule, request, path);
  if (!params) return undefined;
  const destination = buildDestination(rule.destination, params, request.query, true);
  let href = destination.external ? destination.href : localized(destination.href, rule, paths);
  if (!destination.external && rule.basePath === false && basePath) {
    if (href === basePath || href.startsWith(basePath + "/") || href.startsWith(basePath + "?")) href = href.slice(basePath.length) || "/";
  }
  return { href, external: destination.external, source: rule.source };
}
