// BUILD TIME. What the vercel preset needs beyond Nitro's own output
// (Build Output API v3, https://vercel.com/docs/build-output-api/v3):
//  - the function runtime set explicitly (Nitro would derive it from the build machine's Node),
//  - page-level ISR: App pages the build pre-rendered with `revalidate = N` get Nitro's
//    `isr` route rule (a Vercel prerender function with `expiration: N`), never `swr`,
//  - draft mode bypasses Vercel's prerender cache (its `bypassToken` is our draft cookie value),
//  - pre-rendered pages stay ISR seeds: Nitro's `overrides` would publish them at the page URL.
import type { Nitro, NitroModule } from "nitro/types";
import type { Plugin } from "vite";
import type { AppManifest, AppRoute } from "../runtime/routing/app-manifest";
import { flightPathFor } from "../runtime/routing/flight-path";
import { matchRoute, splitPathname } from "../runtime/routing/match";
import { formatPattern, type UrlSegment } from "../runtime/routing/segments";
import { seedFileFor, type Seed } from "../runtime/server/isr-seed";
import { decodeEntry } from "../storage/codec";
import type { ResolvedOptions } from "../vite/options";
import { scanApp } from "../vite/routing/scan-app";

/** Vercel's Node.js runtime for the function; `nitro.vercel.functions.runtime` overrides it. */
export const VERCEL_RUNTIME = "nodejs22.x";

/** Nitro's `isr` route rule as the vercel preset reads it (written to `<route>-isr.prerender-config.json`). */
export interface IsrRule {
  isr: { expiration: number; allowQuery: string[] };
}

const SEED_PREFIX = `/${seedFileFor("/").split("/")[0]}/`;

/** One Nitro route pattern per URL shape of the route; undefined when a segment cannot be expressed. */
function nitroPatterns(segments: readonly UrlSegment[]): { page: string[]; flight: string[] } | undefined {
  const parts: string[] = [];
  let param = 0;
  for (const segment of segments) {
    if (segment.kind === "static") {
      if (/[:*?#()]/.test(segment.value)) return undefined;
      parts.push(segment.value);
    } else if (segment.kind === "dynamic") parts.push(`:p${param++}`);
    else {
      const base = `/${parts.join("/")}`;
      const rest = `${base === "/" ? "" : base}/**:p${param}`;
      // A catch-all's Flight URL (`/docs/a/b.rsc`) has no Nitro pattern: those requests reach the function directly.
      return { page: segment.kind === "optionalCatchAll" ? [base, rest] : [rest], flight: [] };
    }
  }
  const page = `/${parts.join("/")}`;
  return { page: [page], flight: [page === "/" ? flightPathFor("/") : `${page}.rsc`] };
}

/**
 * Nitro `isr` route rules for App pages whose pre-rendered copies all carry a
 * numeric `revalidate` (the page's own, lowered by its data's): Vercel caches
 * them as prerender functions expiring after the lowest one. Pages the build
 * found dynamic (no seed) and pages without `revalidate` get no rule. The query
 * is not part of the cache key (a static page cannot read it). Flight URLs of
 * pages that an intercepting route targets are left out: their answer depends
 * on the `next-url` header, which Vercel's prerender cache does not vary on.
 * @example isrRouteRules(manifest, new Map([["/blog", 60]])) // { "/blog.rsc": {...}, "/blog": { isr: { expiration: 60, allowQuery: [] } } }
 */
export function isrRouteRules(manifest: AppManifest, seeds: ReadonlyMap<string, number | false>): Record<string, IsrRule> {
  const pages = manifest.routes.filter((route) => route.kind === "page" && !route.intercept);
  const intercepted = new Set(manifest.routes.filter((route) => route.intercept).map((route) => formatPattern(route.intercept!.target)));
  const lowest = new Map<AppRoute, number | false>();
  for (const [path, revalidate] of seeds) {
    if (path.endsWith(".rsc")) continue;
    let route: AppRoute | undefined;
    try {
      route = matchRoute(pages, splitPathname(path))?.route;
    } catch {
      continue;
    }
    if (!route) continue;
    const current = lowest.get(route);
    const next = revalidate === false || current === false ? false : Math.min(revalidate, current ?? Infinity);
    lowest.set(route, next);
  }
  const rules: Record<string, IsrRule> = {};
  for (const [route, revalidate] of lowest) {
    if (revalidate === false || !(revalidate > 0)) continue;
    const patterns = nitroPatterns(route.segments);
    if (!patterns) continue;
    const flight = intercepted.has(route.pattern) ? [] : patterns.flight;
    // Flight patterns first: Vercel tries routes in order and `/x/:p0` would also match `/x/a.rsc`.
    for (const key of [...flight, ...patterns.page]) rules[key] = { isr: { expiration: revalidate, allowQuery: [] } };
  }
  return rules;
}

/** The seed a prerendered route wrote, when it is one (src/runtime/server/isr-seed.ts). */
function seedRevalidate(contents: string | undefined): number | false | undefined {
  if (!contents) return undefined;
  let seed: Partial<Seed> | undefined;
  try {
    seed = decodeEntry(contents) as Partial<Seed> | undefined;
  } catch {
    return undefined;
  }
  return seed && (typeof seed.revalidate === "number" || seed.revalidate === false) ? seed.revalidate : undefined;
}

interface PrerenderedRoute {
  route: string;
  fileName?: string;
  contents?: string;
  skip?: boolean;
  error?: unknown;
}

function setup(nitro: Nitro, getOptions: () => ResolvedOptions, draftModeSecret: () => string | undefined): void {
  if (!nitro.options.preset.startsWith("vercel") || nitro.options.dev || nitro.options.preset === "nitro-prerender") return;
  const vercel = (nitro.options.vercel ??= {});
  vercel.functions = { ...vercel.functions, runtime: vercel.functions?.runtime ?? VERCEL_RUNTIME };
  const seeds = new Map<string, number | false>();
  nitro.hooks.hook("prerender:route", (route: PrerenderedRoute) => {
    if (route.skip || route.error || !route.fileName?.startsWith(SEED_PREFIX)) return;
    const revalidate = seedRevalidate(route.contents);
    if (revalidate !== undefined) seeds.set(route.route, revalidate);
  });
  nitro.hooks.hook("prerender:done", () => {
    const internal = nitro as Nitro & { _prerenderedRoutes?: PrerenderedRoute[] };
    // Nitro lists prerendered files in config.json `overrides` under their page URL, which would
    // have Vercel serve the seed file itself as the page.
    internal._prerenderedRoutes = internal._prerenderedRoutes?.filter((route) => !route.fileName?.startsWith(SEED_PREFIX));
    const options = getOptions();
    let rules: Record<string, IsrRule> = {};
    try {
      rules = isrRouteRules(scanApp(options.appDir, options.pageExtensions), seeds);
    } catch {
      // No app/ folder (Pages Router only) or a broken tree (reported by vinext:app-routes).
    }
    for (const [pattern, rule] of Object.entries(rules)) {
      // The user's own rule for the same pattern wins.
      if (nitro.options.routeRules[pattern]?.isr === undefined) nitro.options.routeRules[pattern] = { ...nitro.options.routeRules[pattern], ...rule };
    }
    const secret = draftModeSecret();
    if (Object.keys(rules).length > 0 && secret) {
      // A request carrying `__prerender_bypass=<bypassToken>` skips Vercel's prerender cache (draft mode).
      const config = (vercel.config ??= {} as NonNullable<typeof vercel.config>);
      config.bypassToken ??= secret;
    }
  });
}

/** A Vite plugin carrying the Nitro module (nitro/vite installs the `nitro` field of every plugin). */
export function vercelPlugin(getOptions: () => ResolvedOptions): Plugin {
  let draftModeSecret: (() => string | undefined) | undefined;
  const module: NitroModule = { name: "vinext:vercel", setup: (nitro) => setup(nitro, getOptions, () => draftModeSecret?.()) };
  return {
    name: "vinext:vercel",
    apply: "build",
    nitro: module,
    configResolved(config) {
      const serverConfig = config.plugins.find((plugin) => plugin.name === "vinext:server-config") as Plugin<{ config(): { draftModeSecret: string } }> | undefined;
      draftModeSecret = () => serverConfig?.api?.config().draftModeSecret;
    },
  };
}
