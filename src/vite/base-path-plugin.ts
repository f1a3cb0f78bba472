// next.config `basePath` and `assetPrefix` for the bundles. `basePath` reaches
// every environment as `process.env.__NEXT_ROUTER_BASEPATH` (read by
// runtime/base-path.ts); in a build, the URLs of emitted JS/CSS/assets start with
// `assetPrefix` (a CDN origin), else with the basePath, through Vite's
// renderBuiltUrl (plugin-rsc honours it for the RSC manifests too). The files
// stay where they are: the app still serves them at `/assets/...` (under the
// basePath), so a CDN can pull them from it. Dev serves assets from Vite as usual.
// Next: test/integration/basepath, test/e2e/app-dir/asset-prefix, docs "assetPrefix".
import type { Plugin } from "vite";
import type { ResolvedOptions } from "./options";

/**
 * `assetPrefix`: "" or an absolute http(s) URL without a trailing slash. A
 * path prefix would need the files served under it; Next recommends basePath
 * for that, and vinext asks for it.
 */
export function resolveAssetPrefix(value: unknown, file: string | undefined): string {
  if (value === undefined || value === "") return "";
  const where = file ?? "next.config";
  if (typeof value !== "string") throw new Error(`[vinext] ${where}: "assetPrefix" must be a string such as "https://cdn.example.com" (got ${JSON.stringify(value)}).`);
  if (value.startsWith("/")) {
    throw new Error(`[vinext] ${where}: "assetPrefix" ${JSON.stringify(value)} is a path; vinext supports an absolute URL (a CDN origin such as "https://cdn.example.com"). To serve the app under a path, use "basePath".`);
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`[vinext] ${where}: "assetPrefix" must be an absolute URL such as "https://cdn.example.com" (got ${JSON.stringify(value)}).`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error(`[vinext] ${where}: "assetPrefix" must be an http(s) URL (got ${JSON.stringify(value)}).`);
  return value.replace(/\/+$/, "");
}

/** Where a built file is fetched from: `<assetPrefix or basePath>/<file>`. */
export function builtAssetBase(options: Pick<ResolvedOptions, "nextConfig" | "nextConfigFile" | "pipeline">): string {
  return `${resolveAssetPrefix(options.nextConfig.assetPrefix, options.nextConfigFile) || options.pipeline.basePath}/`;
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
  };
}
