// next.config `basePath` and `assetPrefix` for the bundles. `basePath` reaches
// every environment as `process.env.__NEXT_ROUTER_BASEPATH` (read by
// runtime/base-path.ts); in a build, the URLs of emitted JS/CSS/assets (fonts and
// images included) start with `assetPrefix`, else with the basePath, through
// Vite's renderBuiltUrl (plugin-rsc honours it for the RSC manifests too).
// Where the app itself serves them (src/nitro/static-pipeline.ts): under a path
// `assetPrefix` (`/cdn/assets/…`, as Next serves `/cdn/_next/static`), else under
// the basePath — an origin `assetPrefix` is a CDN that pulls them from there.
// Dev serves modules and assets from Vite's dev server, outside the app's URL
// space (as with basePath); the prefix applies to built output.
// Next: test/integration/basepath, test/e2e/app-dir/asset-prefix,
// test/e2e/invalid-static-asset-404-app-asset-prefix, docs "assetPrefix".
import type { Plugin } from "vite";
import type { ResolvedOptions } from "./options";

type AssetOptions = Pick<ResolvedOptions, "nextConfig" | "nextConfigFile" | "pipeline">;

/**
 * `assetPrefix`: "", a path ("/cdn") or an absolute http(s) URL, without a
 * trailing slash. Next accepts exactly these forms.
 */
export function resolveAssetPrefix(value: unknown, file: string | undefined): string {
  if (value === undefined || value === "") return "";
  const where = file ?? "next.config";
  const expected = `must be a path such as "/cdn" or an absolute URL such as "https://cdn.example.com"`;
  if (typeof value !== "string") throw new Error(`[vinext] ${where}: "assetPrefix" ${expected} (got ${JSON.stringify(value)}).`);
  const trimmed = value.replace(/\/+$/, "");
  if (value.startsWith("/")) {
    if (value.startsWith("//") || /[?#\s\\]/.test(value)) throw new Error(`[vinext] ${where}: "assetPrefix" ${expected} (got ${JSON.stringify(value)}).`);
    return trimmed;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`[vinext] ${where}: "assetPrefix" ${expected} (got ${JSON.stringify(value)}).`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error(`[vinext] ${where}: "assetPrefix" must be an http(s) URL (got ${JSON.stringify(value)}).`);
  return trimmed;
}

/** Where a built file is fetched from: `<assetPrefix or basePath>/<file>`. */
export function builtAssetBase(options: AssetOptions): string {
  return `${resolveAssetPrefix(options.nextConfig.assetPrefix, options.nextConfigFile) || options.pipeline.basePath}/`;
}

export interface BuiltAssets {
  /** What the URLs of hashed build assets start with ("https://cdn.example.com/assets/", "/cdn/assets/", "/assets/"). */
  url: string;
  /** The path under which this app serves them ("/cdn/assets/", "/docs/assets/", "/assets/"). */
  path: string;
}

export function builtAssetsOf(options: AssetOptions): BuiltAssets {
  const prefix = resolveAssetPrefix(options.nextConfig.assetPrefix, options.nextConfigFile);
  return { url: `${builtAssetBase(options)}assets/`, path: `${prefix.startsWith("/") ? prefix : options.pipeline.basePath}/assets/` };
}

export function basePathPlugin(getOptions: () => ResolvedOptions): Plugin {
  return {
    name: "vinext:base-path",
    config(_config, env) {
      const options = getOptions();
      const base = builtAssetBase(options);
      return {
        define: { "process.env.__NEXT_ROUTER_BASEPATH": JSON.stringify(options.pipeline.basePath) },
        ...(env.command === "build" && base !== "/" ? { experimental: { renderBuiltUrl: (filename: string) => base + filename } } : {}),
      };
    },
    configureServer(server) {
      // Said once, so nobody wonders why dev URLs lack the prefix (Next's docs set it for production only).
      const options = getOptions();
      if (resolveAssetPrefix(options.nextConfig.assetPrefix, options.nextConfigFile)) {
        server.config.logger.info(`[vinext] assetPrefix applies to \`vinext build\` output; \`vinext dev\` serves modules and assets from the dev server at their own URLs.`);
      }
    },
  };
}
