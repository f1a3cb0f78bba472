// The vinext plugin: one ordered list of named sub-plugins sharing one context,
// followed by plugin-rsc, plugin-react and Nitro (returned, not added from a
// config hook, because Vite ignores plugins added there).
import react from "@vitejs/plugin-react";
import rsc from "@vitejs/plugin-rsc";
import { nitro } from "nitro/vite";
import { searchForWorkspaceRoot, type Plugin, type PluginOption } from "vite";
import { NITRO_PLUGIN_OPTIONS, nitroConfig } from "../nitro";
import { prerenderPlugin } from "../nitro/prerender";
import { staticExportPlugin } from "../nitro/static-export";
import { staticPipelinePlugin } from "../nitro/static-pipeline";
import { vercelPlugin } from "../nitro/vercel";
import { appRoutesPlugin } from "./app-routes-plugin";
import { pagesPlugins } from "./pages-routes-plugin";
import { findPagesDir } from "./routing/scan-pages";
import { basePathPlugin } from "./base-path-plugin";
import { buildReportPlugin } from "./build-report-plugin";
import { devSetCookiePlugin } from "./dev-set-cookie";
import { applyEnv, publicEnvDefines } from "./env";
import { environmentsConfig } from "./environments";
import { resolveOptions, type ResolvedOptions, type VinextOptions } from "./options";
import { middlewarePlugin } from "./middleware-plugin";
import { ogPlugin } from "./og-plugin";
import { packagesPlugin } from "./packages-plugin";
import { frameworkDirs } from "./paths";
import { imagePlugins } from "./image-plugin";
import { serverConfigPlugin } from "./server-config-plugin";
import { shimResolverPlugin } from "./shim-resolver";
import { fontPlugin } from "./transforms/font";
import { useCachePlugin } from "./use-cache-plugin";
import { assertReactVersion } from "./react-version";

function createContext() {
  let resolved: ResolvedOptions | undefined;
  return {
    set(options: ResolvedOptions) {
      resolved = options;
    },
    get(): ResolvedOptions {
      if (!resolved) throw new Error("[vinext] options are not resolved yet (the vinext:config hook has not run).");
      return resolved;
    },
  };
}

export interface ConfigPluginApi {
  /** The options resolved for this build or dev server (throws before the config hook ran). */
  options(): ResolvedOptions;
}

function configPlugin(ctx: ReturnType<typeof createContext>, options: VinextOptions): Plugin<ConfigPluginApi> {
  return {
    name: "vinext:config",
    enforce: "pre",
    api: { options: ctx.get },
    async config(userConfig, env) {
      const resolved = await resolveOptions(userConfig.root ?? process.cwd(), env.command, options);
      assertReactVersion(resolved.root);
      ctx.set(resolved);
      applyEnv(resolved.fileEnv);
      const configEnv = (resolved.nextConfig.env ?? {}) as Record<string, string>;
      const defines = publicEnvDefines(resolved.fileEnv, configEnv);
      return {
        root: resolved.root,
        // Next reads NEXT_PUBLIC_* through process.env; Vite's own prefix would leak nothing useful.
        envPrefix: "VINEXT_PUBLIC_",
        define: defines,
        environments: environmentsConfig(defines, { pages: findPagesDir(resolved.root) !== undefined }),
        // Precedence: vinext({ preset }) / --preset, then the user's nitro.preset, then NITRO_PRESET.
        nitro: nitroConfig(resolved.root, userConfig.nitro, options, env.command),
        resolve: { dedupe: ["react", "react-dom"] },
        // vinext's runtime and Nitro's dev entry may sit outside the app (hoisted
        // node_modules, a monorepo): the dev server must be allowed to load them.
        server: { fs: { allow: [searchForWorkspaceRoot(resolved.root), ...frameworkDirs()] } },
      };
    },
  };
}

export function vinextPlugins(options: VinextOptions = {}): PluginOption[] {
  const ctx = createContext();
  return [
    configPlugin(ctx, options),
    shimResolverPlugin(),
    devSetCookiePlugin(),
    basePathPlugin(ctx.get),
    appRoutesPlugin(ctx.get),
    ...pagesPlugins(ctx.get),
    serverConfigPlugin(),
    middlewarePlugin(ctx.get),
    ogPlugin(),
    staticPipelinePlugin(ctx.get),
    // After staticPipelinePlugin: its Nitro runtime plugin must register first (image-host-module.ts).
    ...imagePlugins(ctx.get),
    packagesPlugin(ctx.get),
    buildReportPlugin(),
    fontPlugin(),
    useCachePlugin(ctx.get),
    prerenderPlugin(ctx.get),
    vercelPlugin(ctx.get),
    staticExportPlugin(ctx.get),
    rsc({ serverHandler: false }),
    react(),
    nitro(NITRO_PLUGIN_OPTIONS),
  ];
}
