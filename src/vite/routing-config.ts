// BUILD TIME. Calls next.config `redirects()`, `rewrites()` and `headers()`,
// validates every rule like Next does (test/integration/custom-routes,
// "invalid-custom-routes"), and returns them as data for the server-config
// virtual module. Errors name the file, the key and the rule's index.
import {
  EMPTY_RULES,
  type HasCondition,
  type HeaderRule,
  type RedirectRule,
  type RewriteRule,
  type RoutingRules,
} from "../runtime/routing/config-rules";
import { compilePathPattern, destinationParams, PatternError } from "../runtime/routing/path-pattern";
import { findRedirectLoop } from "./redirect-loops";
import type { NextConfig } from "./next-config";

/** Schemes a redirect or rewrite may never send a browser (or our proxy) to. */
const DISALLOWED_SCHEMES = /^\s*(javascript|data|file|vbscript|blob):/i;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const HAS_TYPES = new Set(["header", "cookie", "query", "host"]);

type Kind = "redirects" | "rewrites" | "headers";

class RuleError extends Error {}

function fail(where: string, reason: string): never {
  throw new RuleError(`${where}: ${reason}`);
}

function checkKeys(rule: Record<string, unknown>, allowed: string[], where: string): void {
  const unknown = Object.keys(rule).filter((key) => !allowed.includes(key));
  if (unknown.length) fail(where, `unknown field${unknown.length > 1 ? "s" : ""} ${unknown.map((k) => `"${k}"`).join(", ")} (allowed: ${allowed.join(", ")})`);
}

function checkConditions(value: unknown, field: "has" | "missing", where: string): HasCondition[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) fail(where, `"${field}" must be an array of { type, key, value } objects`);
  return value.map((item, i) => {
    const at = `${where}.${field}[${i}]`;
    if (!item || typeof item !== "object") fail(at, "must be an object");
    checkKeys(item, ["type", "key", "value"], at);
    const { type, key, value: pattern } = item as Record<string, unknown>;
    if (typeof type !== "string" || !HAS_TYPES.has(type)) fail(at, `"type" must be one of header, cookie, query, host (got ${JSON.stringify(type)})`);
    if (type !== "host" && (typeof key !== "string" || !key)) fail(at, `"key" must be a non-empty string for type "${type}"`);
    if (type === "host" && typeof pattern !== "string") fail(at, `"value" is required for type "host"`);
    if (pattern !== undefined) {
      if (typeof pattern !== "string") fail(at, `"value" must be a string (a regular expression)`);
      try {
        new RegExp(pattern);
      } catch (error) {
        fail(at, `"value" is not a valid regular expression: ${(error as Error).message}`);
      }
    }
    return { type, ...(key !== undefined ? { key } : {}), ...(pattern !== undefined ? { value: pattern } : {}) } as HasCondition;
  });
}

/** Params a destination may use: the source's named params and what has-conditions capture. */
function availableParams(source: string, has: HasCondition[] | undefined): Set<string> {
  const names = new Set(compilePathPattern(source).keys.map((key) => key.name));
  for (const condition of has ?? []) {
    if (condition.value === undefined) names.add((condition.key ?? "").replace(/[^a-zA-Z]/g, ""));
    else for (const m of condition.value.matchAll(/\(\?<([A-Za-z_$][\w$]*)>/g)) names.add(m[1]!);
  }
  return names;
}

function checkBase(rule: Record<string, unknown>, where: string): Pick<RewriteRule, "source" | "has" | "missing" | "basePath" | "locale"> {
  const { source, basePath, locale } = rule;
  if (typeof source !== "string") fail(where, `"source" must be a string starting with "/"`);
  try {
    compilePathPattern(source);
  } catch (error) {
    if (error instanceof PatternError) fail(where, `"source" is an ${error.message}`);
    throw error;
  }
  if (basePath !== undefined && basePath !== false) fail(where, `"basePath" can only be false (got ${JSON.stringify(basePath)})`);
  if (locale !== undefined && locale !== false) fail(where, `"locale" can only be false (got ${JSON.stringify(locale)})`);
  const has = checkConditions(rule.has, "has", where);
  const missing = checkConditions(rule.missing, "missing", where);
  return { source, ...(has ? { has } : {}), ...(missing ? { missing } : {}), ...(basePath === false ? { basePath } : {}), ...(locale === false ? { locale } : {}) };
}

function checkDestination(rule: Record<string, unknown>, base: ReturnType<typeof checkBase>, where: string): string {
  const { destination } = rule;
  if (typeof destination !== "string" || !destination) fail(where, `"destination" must be a non-empty string`);
  if (DISALLOWED_SCHEMES.test(destination)) {
    fail(where, `"destination" ${JSON.stringify(destination.slice(0, 60))} uses a disallowed scheme (javascript:, data:, file:, vbscript: and blob: are refused)`);
  }
  const external = /^[a-z][a-z\d+.-]*:/i.test(destination);
  if (!external && !destination.startsWith("/")) fail(where, `"destination" must start with "/" or be an absolute URL (got ${JSON.stringify(destination)})`);
  const known = availableParams(base.source, base.has);
  const unknown = destinationParams(external ? destination.replace(/^[a-z][a-z\d+.-]*:/i, "") : destination).filter((name) => !known.has(name));
  if (unknown.length) fail(where, `"destination" uses ${unknown.map((n) => `":${n}"`).join(", ")}, which "source" (or a "has" condition) does not define`);
  return destination;
}

function list(value: unknown, where: string): Record<string, unknown>[] {
  if (!Array.isArray(value)) fail(where, `must be an array (got ${value === null ? "null" : typeof value})`);
  return value.map((rule, i) => {
    if (!rule || typeof rule !== "object" || Array.isArray(rule)) fail(`${where}[${i}]`, "must be an object");
    return rule as Record<string, unknown>;
  });
}

function resolveRedirects(value: unknown): RedirectRule[] {
  return list(value, "redirects").map((rule, i) => {
    const where = `redirects[${i}]`;
    checkKeys(rule, ["source", "destination", "permanent", "statusCode", "basePath", "locale", "has", "missing"], where);
    const base = checkBase(rule, where);
    const destination = checkDestination(rule, base, where);
    const { permanent, statusCode } = rule;
    if (permanent !== undefined && statusCode !== undefined) fail(where, `"permanent" and "statusCode" cannot both be set`);
    if (permanent === undefined && statusCode === undefined) fail(where, `"permanent" (true → 308, false → 307) or "statusCode" is required`);
    if (permanent !== undefined && typeof permanent !== "boolean") fail(where, `"permanent" must be true or false`);
    if (statusCode !== undefined && !REDIRECT_STATUSES.has(statusCode as number)) fail(where, `"statusCode" must be 301, 302, 303, 307 or 308 (got ${JSON.stringify(statusCode)})`);
    const status = (statusCode ?? (permanent ? 308 : 307)) as RedirectRule["status"];
    return { ...base, destination, status };
  });
}

function resolveRewriteList(value: unknown, where: string): RewriteRule[] {
  return list(value, where).map((rule, i) => {
    const at = `${where}[${i}]`;
    checkKeys(rule, ["source", "destination", "basePath", "locale", "has", "missing"], at);
    const base = checkBase(rule, at);
    return { ...base, destination: checkDestination(rule, base, at) };
  });
}

function resolveRewrites(value: unknown): RoutingRules["rewrites"] {
  if (Array.isArray(value)) return { beforeFiles: [], afterFiles: resolveRewriteList(value, "rewrites"), fallback: [] };
  if (!value || typeof value !== "object") fail("rewrites", "must return an array or { beforeFiles, afterFiles, fallback }");
  checkKeys(value as Record<string, unknown>, ["beforeFiles", "afterFiles", "fallback"], "rewrites");
  const phases = value as Record<string, unknown>;
  const phase = (name: "beforeFiles" | "afterFiles" | "fallback") => (phases[name] === undefined ? [] : resolveRewriteList(phases[name], `rewrites.${name}`));
  return { beforeFiles: phase("beforeFiles"), afterFiles: phase("afterFiles"), fallback: phase("fallback") };
}

function resolveHeaders(value: unknown): HeaderRule[] {
  return list(value, "headers").map((rule, i) => {
    const where = `headers[${i}]`;
    checkKeys(rule, ["source", "headers", "basePath", "locale", "has", "missing"], where);
    const base = checkBase(rule, where);
    const headers = rule.headers;
    if (!Array.isArray(headers)) fail(where, `"headers" must be an array of { key, value }`);
    return {
      ...base,
      headers: headers.map((header, j) => {
        const at = `${where}.headers[${j}]`;
        if (!header || typeof header !== "object") fail(at, "must be a { key, value } object");
        checkKeys(header, ["key", "value"], at);
        const { key, value: headerValue } = header as Record<string, unknown>;
        if (typeof key !== "string" || !/^[!#$%&'*+\-.^_`|~\w]+$/.test(key)) fail(at, `"key" must be a valid header name (got ${JSON.stringify(key)})`);
        if (typeof headerValue !== "string") fail(at, `"value" must be a string`);
        return { key, value: headerValue };
      }),
    };
  });
}

async function call(config: NextConfig, key: Kind): Promise<unknown> {
  const fn = config[key];
  if (fn === undefined) return undefined;
  if (typeof fn !== "function") fail(key, `must be an async function returning the rules (got ${typeof fn})`);
  return fn.call(config);
}

/**
 * The routing rules of next.config, validated. Throws a `[vinext]` error naming
 * the file, the key and the rule on any invalid value, a disallowed destination
 * scheme or a redirect loop.
 */
export async function resolveRoutingRules(config: NextConfig, file: string | undefined): Promise<RoutingRules> {
  try {
    const [redirects, rewrites, headers] = await Promise.all([call(config, "redirects"), call(config, "rewrites"), call(config, "headers")]);
    const rules: RoutingRules = {
      redirects: redirects === undefined ? [] : resolveRedirects(redirects),
      rewrites: rewrites === undefined ? EMPTY_RULES.rewrites : resolveRewrites(rewrites),
      headers: headers === undefined ? [] : resolveHeaders(headers),
    };
    const loop = findRedirectLoop(rules.redirects);
    if (loop) fail("redirects", `redirect loop: ${loop.join(" → ")}. Every request to ${loop[0]} would be redirected forever; change one of these rules or add a "has"/"missing" condition.`);
    return rules;
  } catch (error) {
    if (error instanceof RuleError) throw new Error(`[vinext] ${file ?? "next.config"}: ${error.message}`);
    throw new Error(`[vinext] ${file ?? "next.config"}: redirects/rewrites/headers failed: ${(error as Error).message}`, { cause: error });
  }
}
