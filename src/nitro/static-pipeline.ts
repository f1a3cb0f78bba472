// BUILD TIME. Middleware must see requests for public/ files and pre-rendered
// pages and be able to rewrite or block them (Next: test/e2e/middleware-general
// "should rewrite to a public file", middleware-matcher on static files), and
// next.config headers/redirects/rewrites apply to them too. A host's static
// layer answers those paths BEFORE any handler, so when the app has middleware
// or routing rules the static layer is taken out of the way for everything but
// the hashed `/assets/*` build output:
//  - Node output and dev: a Nitro runtime plugin ahead of Nitro's static
//    middleware sends the request to the rsc handler (static-pipeline-plugin.ts);
//    in dev, public/ is no longer served by Nitro's dev server or Vite;
//  - Workers: the worker already runs before assets; Nitro's worker entry and
//    the renderer stop asking ASSETS first;
// and the pipeline's filesystem step (runtime/server/static-files.ts) serves
// the file through the server the Nitro side attaches (runtime/static-host.ts).
// Apps without middleware or rules keep the host's static layer in front.
import { join, resolve } from "node:path";
import type { Nitro, NitroModule } from "nitro/types";
import type { Plugin } from "vite";
import type { RoutingRules } from "../runtime/routing/config-rules";
import { ONE_YEAR } from "../runtime/server/cache-control";
import { builtAssetsOf } from "../vite/base-path-plugin";
import { scanServerHooks } from "../vite/middleware-plugin";
import type { ResolvedOptions } from "../vite/options";
import { distDir } from "../vite/paths";

export const STATIC_HOST_ID = "#vinext/static-host";

type Mode = "host" | "node" | "dev" | "assets";

function hasRules(rules: RoutingRules): boolean {
  return rules.headers.length + rules.redirects.length + rules.rewrites.beforeFiles.length + rules.rewrites.afterFiles.length + rules.rewrites.fallback.length > 0;
}

/** True when public files and pre-rendered pages must go through the pipeline. */
export function pipelineOwnsStatic(options: ResolvedOptions): boolean {
  return hasRules(options.routing) || options.pipeline.basePath !== "" || scanServerHooks(options).middleware !== undefined;
}

/** How the server reads ISR seed files (src/nitro/runtime/static-host.ts); "none" in dev and while pre-rendering. */
type SeedMode = "node" | "assets" | "origin" | "none";

function staticHostModule(mode: Mode, publicDir: string, seedMode: SeedMode = "none", assetsPath = "/assets/"): string {
  return [`mode = ${JSON.stringify(mode)}`, `publicDir = ${JSON.stringify(publicDir)}`, `seedMode = ${JSON.stringify(seedMode)}`, `assetsPath = ${JSON.stringify(assetsPath)}`]
    .map((line) => `export const ${line};\n`)
    .join("");
}

/**
 * Nitro's cloudflare-module entry hands every URL its public-asset manifest lists
 * to ASSETS before the app runs. Overriding that virtual module (custom virtual
 * modules win over Nitro's own; nitro is pinned) keeps the shortcut for hashed
 * build assets only. Same exports as Nitro's module.
 */
function workersPublicAssets(assetsPath: string): string {
  // The rule of isHashedAsset (runtime/static-host.ts), inlined: this module is part of the Worker's
  // entry chunk, and sharing a module with the renderer's chunk would make that chunk export names.
  return `import assets from "#nitro/virtual/public-assets-data";
export { readAsset } from "#nitro/virtual/public-assets-null";
export const publicAssetBases = {};
export function isPublicAssetURL(id = "") { return (id.startsWith("/assets/") || id.startsWith(${JSON.stringify(assetsPath)})) && id in assets; }
export function getPublicAssetMeta() { return {}; }
export function getAsset(id) { return assets[id]; }
`;
}

/**
 * Hashed build assets under a path `assetPrefix` or the basePath: the output
 * holds them there too, so every host's static layer answers them directly
 * (Node, Workers assets, Vercel and Netlify CDNs) without the pipeline. A miss
 * falls through to the app's 404 page, as in Next.
 */
function serveBuiltAssetsAt(nitro: Nitro, path: string): void {
  const base = path.slice(0, -1);
  // The client build writes into the output's public folder; Nitro copies public assets after it.
  nitro.options.publicAssets.push({ dir: join(nitro.options.output.publicDir, "assets"), baseURL: base, maxAge: ONE_YEAR, fallthrough: true });
  // Hosts that take headers from route rules (Vercel, Netlify) get the immutable caching Nitro gives /assets/**.
  nitro.options.routeRules[`${base}/**`] ??= { headers: { "cache-control": "public, max-age=31536000, immutable" } };
}

function setup(nitro: Nitro, getOptions: () => ResolvedOptions): void {
  const options = getOptions();
  const publicDir = resolve(options.root, "public");
  let mode: Mode = "host";
  if (nitro.options.preset !== "nitro-prerender" && pipelineOwnsStatic(options)) {
    if (nitro.options.dev) mode = "dev";
    else if (nitro.options.preset.startsWith("cloudflare")) mode = "assets";
    else if (nitro.options.serveStatic === true || nitro.options.serveStatic === "node") mode = "node";
    else {
      nitro.logger.warn(
        `[vinext] On preset "${nitro.options.preset}" the platform serves public/ files and pre-rendered pages before the server runs: middleware and next.config headers/redirects/rewrites do not apply to them.`,
      );
    }
  }
  const seedMode: SeedMode = nitro.options.dev
    ? "none"
    : nitro.options.preset.startsWith("cloudflare")
      ? "assets"
      : nitro.options.serveStatic === true || nitro.options.serveStatic === "node"
        ? "node"
        : "origin";
  const assets = builtAssetsOf(options);
  nitro.options.virtual[STATIC_HOST_ID] = () => staticHostModule(mode, publicDir, seedMode, assets.path);
  if (!nitro.options.dev && nitro.options.preset !== "nitro-prerender" && assets.path !== "/assets/") serveBuiltAssetsAt(nitro, assets.path);
  // The pre-rendering build renders pages directly: the host's own static handling is right there.
  nitro.hooks.hook("prerender:config", (config) => {
    config.virtual = { ...config.virtual, [STATIC_HOST_ID]: staticHostModule("host", publicDir) };
  });
  if (mode === "assets") nitro.options.virtual["#nitro/virtual/public-assets"] = workersPublicAssets(assets.path);
  if (mode === "dev") {
    // Nitro's dev server would serve public/ before the handler.
    nitro.options.publicAssets = nitro.options.publicAssets.filter((asset) => resolve(asset.dir) !== publicDir);
  }
  if (mode === "dev" || mode === "node") nitro.options.plugins.push(join(distDir, "nitro/runtime/static-pipeline-plugin.mjs"));
}

/** A Vite plugin carrying the Nitro module (nitro/vite installs the `nitro` field of every plugin). */
export function staticPipelinePlugin(getOptions: () => ResolvedOptions): Plugin {
  const module: NitroModule = { name: "vinext:static-pipeline", setup: (nitro) => setup(nitro, getOptions) };
  return {
    name: "vinext:static-pipeline",
    nitro: module,
    // In dev Vite would serve public/ itself, ahead of Nitro.
    config: (_config, env) => (env.command === "serve" && pipelineOwnsStatic(getOptions()) ? { publicDir: false } : undefined),
  };
}
