// BUILD TIME. What Nitro prerenders into .output/public: route handlers with
// `export const dynamic = "force-static"` and no dynamic segments, which Next
// generates at build time (test/e2e/app-dir/app-routes, "statically generates
// correctly with no dynamic usage"). Nitro then serves them as static files.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Nitro, NitroModule } from "nitro/types";
import type { Plugin } from "vite";
import type { AppManifest } from "../runtime/routing/app-manifest";
import { isDynamicPattern } from "../runtime/routing/segments";
import { metadataFileHref } from "../runtime/rsc/metadata/files";
import { SEED_CONTENT_TYPE } from "../runtime/server/isr-seed";
import { isGeneratedImage } from "../runtime/server/metadata-image";
import type { ResolvedOptions } from "../vite/options";
import { scanApp } from "../vite/routing/scan-app";

const FORCE_STATIC = /export\s+const\s+dynamic\s*(?::[^=]+)?=\s*["']force-static["']/;
const OTHER_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE", "OPTIONS", "QUERY"]);
const DECLARED = /export\s+(?:async\s+)?(?:function\s*\*?\s*|(?:const|let|var)\s+)([A-Za-z_$][\w$]*)/g;
const LISTED = /export\s*\{([^}]*)\}/g;

/** Methods other than GET/HEAD a route file exports (`export function POST`, `export const PUT`, `export { x as DELETE }`). */
function otherMethodsOf(source: string): string[] {
  const names = [...source.matchAll(DECLARED)].map((m) => m[1]!);
  for (const [, list] of source.matchAll(LISTED)) {
    for (const item of list!.split(",")) names.push(item.trim().split(/\s+as\s+/).at(-1)!.trim());
  }
  return [...new Set(names.filter((name) => OTHER_METHODS.has(name)))];
}

export interface StaticRouteHandler {
  pattern: string;
  file: string;
  /** Other methods the file exports (answered per request). */
  otherMethods: string[];
}

/** Force-static route handlers without params (those with params need generateStaticParams). */
export function forceStaticRouteHandlers(manifest: AppManifest, read: (file: string) => string): StaticRouteHandler[] {
  const found: StaticRouteHandler[] = [];
  for (const route of manifest.routes) {
    if (route.kind !== "route" || isDynamicPattern(route.segments)) continue;
    const file = route.chain.at(-1)!.files.route!;
    let source: string;
    try {
      source = read(file);
    } catch {
      continue;
    }
    if (!FORCE_STATIC.test(source)) continue;
    found.push({ pattern: route.pattern, file, otherMethods: otherMethodsOf(source) });
  }
  return found;
}

const REVALIDATE = "public, max-age=0, must-revalidate";

/**
 * Route rules giving the image files drawn by code in static folders (which the
 * prerender writes as files: runtime/server/metadata-image.ts) the cache header
 * Next sends for them (test/e2e/app-dir/metadata-dynamic-routes, CACHE_HEADERS.REVALIDATE);
 * a static file would otherwise go out without one on Node.
 */
export function metadataImageRules(manifest: AppManifest): Record<string, { headers: Record<string, string> }> {
  const rules: Record<string, { headers: Record<string, string> }> = {};
  for (const file of manifest.metadataRoutes ?? []) {
    if (!isGeneratedImage(file) || isDynamicPattern(file.segments)) continue;
    const path = metadataFileHref(file, {}, false);
    // `<path>/**`: the images of generateImageMetadata.
    for (const pattern of [path, `${path}/**`]) rules[pattern] = { headers: { "cache-control": REVALIDATE } };
  }
  return rules;
}

/**
 * `_headers` rules giving prerendered files the content type their response had
 * when the file name does not imply it (`/api/data` holding JSON, `/about.rsc`).
 * Node output gets this from Nitro's asset manifest; hosts whose static layer
 * serves the files directly (Workers assets, Netlify) read `_headers`. HTML is
 * left out: it is written as `…/index.html` and served by its folder's URL.
 * @example contentTypeRules({ "/api/data": { contentType: "application/json" } }, new Set(["/api/data"])) // "/api/data\n  content-type: application/json\n"
 */
export function contentTypeRules(meta: Record<string, { contentType?: string }>, written: ReadonlySet<string>): string {
  return Object.entries(meta)
    .filter(([file, entry]) => entry.contentType && written.has(file) && !file.endsWith(".html") && !/[\s*]/.test(file))
    // Seeds are read as bytes by the seed reader, never served: no rule (Workers read at most 100 rules).
    .filter(([, entry]) => !entry.contentType!.startsWith(SEED_CONTENT_TYPE))
    .map(([file, entry]) => `${file}\n  content-type: ${entry.contentType}\n`)
    .join("");
}

const HEADERS_FILE_PRESETS = /^(cloudflare|netlify)/;
/**
 * Hosts whose static layer sends `public, max-age=0, must-revalidate` on every
 * file by default (Workers static assets; Vercel: /docs/caching/cache-control-headers).
 * Rules there would only cost: Workers read at most 100 `_headers` rules, and a
 * Vercel header route without `continue` would end routing for dynamic images.
 */
const STATIC_REVALIDATE_BY_DEFAULT = /^(cloudflare|vercel)/;
/** Workers static assets ignore `_headers` rules past this many. */
const MAX_HEADER_RULES = 100;
/**
 * Workers' asset router answers every method on a path that has a file, and
 * anything but GET/HEAD with 405, before the Worker runs: a route whose other
 * methods must reach its handler cannot have a prerendered file there.
 */
const ASSETS_SHADOW_METHODS = /^cloudflare/;

function setup(nitro: Nitro, getOptions: () => ResolvedOptions): void {
  // Nitro reuses this config for its own prerender build: nothing to add there.
  if (nitro.options.dev || nitro.options.preset === "nitro-prerender") return;
  const options = getOptions();
  let handlers: StaticRouteHandler[] = [];
  try {
    const manifest = scanApp(options.appDir, options.pageExtensions);
    handlers = forceStaticRouteHandlers(manifest, (file) => readFileSync(file, "utf8"));
    const imageRules = STATIC_REVALIDATE_BY_DEFAULT.test(nitro.options.preset) ? {} : metadataImageRules(manifest);
    for (const [pattern, rule] of Object.entries(imageRules)) {
      const current = nitro.options.routeRules[pattern];
      nitro.options.routeRules[pattern] = { ...current, headers: { ...rule.headers, ...current?.headers } };
    }
  } catch {
    // A broken app/ tree is reported, with its file, by vinext:app-routes during the build.
  }
  const routes: string[] = [];
  for (const handler of handlers) {
    if (handler.otherMethods.length > 0 && ASSETS_SHADOW_METHODS.test(nitro.options.preset)) {
      nitro.logger.warn(
        `[vinext] ${handler.file}: not prerendered on ${nitro.options.preset}: a static file at ${handler.pattern} would answer ${handler.otherMethods.join(", ")} with 405 before the Worker runs. GET runs per request instead; move the other methods to another route to have it generated at build time.`,
      );
      continue;
    }
    routes.push(handler.pattern);
  }
  const listed = new Set(nitro.options.prerender.routes ?? []);
  nitro.options.prerender.routes = [...listed, ...routes.filter((route) => !listed.has(route))];
  const written = new Set<string>();
  nitro.hooks.hook("prerender:route", (route) => {
    if (!route.skip && !route.error && route.fileName) written.add(route.fileName);
  });
  nitro.hooks.hook("compiled", () => {
    const meta = (nitro as Nitro & { _prerenderMeta?: Record<string, { contentType?: string }> })._prerenderMeta;
    const rules = meta && HEADERS_FILE_PRESETS.test(nitro.options.preset) ? contentTypeRules(meta, written) : "";
    if (!rules) return;
    const file = join(nitro.options.output.publicDir, "_headers");
    const current = existsSync(file) ? readFileSync(file, "utf8") : "";
    const content = current ? `${current.trimEnd()}\n${rules}` : rules;
    writeFileSync(file, content);
    const count = content.split("\n").filter((line) => line.startsWith("/")).length;
    if (count > MAX_HEADER_RULES && ASSETS_SHADOW_METHODS.test(nitro.options.preset)) {
      nitro.logger.warn(
        `[vinext] ${file} has ${count} rules; Workers read only the first ${MAX_HEADER_RULES}, so later pre-rendered files lose their content type. Use fewer headers rules in next.config (or wildcard patterns).`,
      );
    }
  });
}

/** A Vite plugin carrying a Nitro module (nitro/vite installs the `nitro` field of every plugin). */
export function prerenderPlugin(getOptions: () => ResolvedOptions): Plugin {
  const module: NitroModule = { name: "vinext:prerender-route-handlers", setup: (nitro) => setup(nitro, getOptions) };
  return { name: "vinext:prerender-route-handlers", apply: "build", nitro: module };
}
