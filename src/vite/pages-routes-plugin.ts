// Serves the Pages Router's virtual modules and keeps them current in dev:
//  - `virtual:vinext/pages-routes`: manifest + lazy loaders (flavour per environment),
//  - `virtual:vinext/pages-assets`: for the ssr environment, the URL of the pages
//    browser entry and each page's client JS/CSS (read from the client build),
//  - `virtual:vinext/pages-client-entry`: the browser entry in dev (React Refresh preamble first).
import type { Plugin, Rollup, ViteDevServer } from "vite";
import type { PagesConfig } from "../runtime/pages/manifest";
import { CLIENT_ENV, PAGES_CLIENT_INPUT, RSC_ENV, SSR_ENV } from "./environments";
import { scanForReport } from "./app-routes-plugin";
import type { ResolvedOptions } from "./options";
import { runtimePath } from "./paths";
import { findPagesDir, scanPages, type ScannedPages } from "./routing/scan-pages";
import { resolvePagesConfig } from "./pages-config";
import { measurePages, pagesReportRows, type PagesClientSizes } from "./pages-report";
import type { RouteReportRow } from "./build-report-plugin";
import { resolveLocale } from "../runtime/pages/i18n";
import { stripServerExportsPlugin } from "./transforms/strip-server-exports";
import { pagesDevCssPlugin } from "./pages-dev-css";
import { builtAssetBase } from "./base-path-plugin";
import { PAGES_ROUTES_ID, pagesRoutesModule, type PagesModuleFlavour } from "./virtual/pages-routes";

const ASSETS_ID = "virtual:vinext/pages-assets";
const CLIENT_ENTRY_ID = "virtual:vinext/pages-client-entry";
const ids = [PAGES_ROUTES_ID, ASSETS_ID, CLIENT_ENTRY_ID];

/** What a page needs in the browser besides the entry: its chunks and stylesheets. */
export interface PageAssets {
  js: string[];
  css: string[];
}

export interface PagesAssetsModule {
  /** URL of the pages browser entry. */
  entry: string;
  /** Page name ("/_app", "/blog/[slug]") → its chunks and stylesheets (build only). */
  pages: Record<string, PageAssets>;
}

/** The app routes a browser transition must leave to the App Router (intercepting routes never serve a hard load). */
function appRoutePatterns(options: ResolvedOptions) {
  try {
    return scanForReport(options)
      .routes.filter((route) => !("intercept" in route && route.intercept))
      .map((route) => ({ segments: route.segments }));
  } catch {
    // A broken app/ tree is reported, with its file, by vinext:app-routes.
    return [];
  }
}

function flavourOf(envName: string): PagesModuleFlavour {
  if (envName === SSR_ENV) return "server";
  if (envName === RSC_ENV) return "data";
  return "client";
}

/** Chunks a page's chunk loads statically, and the CSS they import. */
function collectAssets(bundle: Rollup.OutputBundle, files: Record<string, string>, base: string): PagesAssetsModule {
  const chunks = Object.values(bundle).filter((output): output is Rollup.OutputChunk => output.type === "chunk");
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const closure = (chunk: Rollup.OutputChunk, seen = new Set<Rollup.OutputChunk>()) => {
    if (seen.has(chunk)) return seen;
    seen.add(chunk);
    for (const dep of chunk.imports) {
      const next = byFile.get(dep);
      if (next) closure(next, seen);
    }
    return seen;
  };
  const assetsOf = (chunk: Rollup.OutputChunk): PageAssets => {
    const all = [...closure(chunk)];
    const css = all.flatMap((c) => [...((c as Rollup.OutputChunk & { viteMetadata?: { importedCss: Set<string> } }).viteMetadata?.importedCss ?? [])]);
    return { js: all.map((c) => base + c.fileName), css: [...new Set(css)].map((file) => base + file) };
  };
  const entry = chunks.find((chunk) => chunk.isEntry && chunk.name === PAGES_CLIENT_INPUT);
  const pages: Record<string, PageAssets> = {};
  for (const [page, file] of Object.entries(files)) {
    const chunk = chunks.find((c) => c.facadeModuleId === file);
    if (chunk) pages[page] = assetsOf(chunk);
  }
  return { entry: entry ? base + entry.fileName : "", pages };
}

/** The Pages Router's plugins: its virtual modules, and the client transform dropping server-only exports. */
export function pagesPlugins(getOptions: () => ResolvedOptions): Plugin[] {
  let pagesDir: string | undefined | null = null;
  const isPageModule = (id: string) => {
    if (pagesDir === null) pagesDir = findPagesDir(getOptions().root);
    if (!pagesDir || !id.startsWith(`${pagesDir}/`)) return false;
    const rel = id.slice(pagesDir.length + 1);
    return !rel.startsWith("api/") && !/^_document\./.test(rel) && getOptions().pageExtensions.some((ext) => rel.endsWith(`.${ext}`));
  };
  const routes = pagesRoutesPlugin(getOptions);
  return [routes, stripServerExportsPlugin(isPageModule), pagesDevCssPlugin(() => routes.api!.files())];
}

export interface PagesReportApi {
  /** Route table rows for pages/ (see pages-report.ts), given the paths the prerender wrote. */
  rows(written: Iterable<string>, appOwns?: (parts: string[]) => boolean): RouteReportRow[];
  /** Page name → absolute file, as last scanned. */
  files(): Record<string, string>;
}

function pagesRoutesPlugin(getOptions: () => ResolvedOptions): Plugin<PagesReportApi> {
  let scanned: ScannedPages | undefined;
  let sizes: PagesClientSizes | undefined;
  let config: PagesConfig | undefined;
  let clientAssets: PagesAssetsModule | undefined;
  let dev = false;
  const current = () => {
    const options = getOptions();
    scanned ??= scanPages(findPagesDir(options.root), options.pageExtensions);
    config ??= resolvePagesConfig(options.nextConfig, options.nextConfigFile);
    return { scanned, config };
  };

  const invalidate = (server: ViteDevServer, file: string) => {
    const dir = findPagesDir(getOptions().root);
    if (!dir || !file.startsWith(dir)) return;
    scanned = undefined;
    for (const env of Object.values(server.environments)) {
      const mod = env.moduleGraph.getModuleById(`\0${PAGES_ROUTES_ID}`);
      if (!mod) continue;
      env.moduleGraph.invalidateModule(mod);
      env.hot.send({ type: "full-reload", triggeredBy: file });
    }
  };

  return {
    name: "vinext:pages-routes",
    api: {
      files: () => current().scanned.files,
      rows(written, appOwns) {
        const { scanned, config } = current();
        const i18n = config.i18n;
        return pagesReportRows(scanned.manifest, written, sizes, i18n ? (parts) => resolveLocale(parts, "", i18n).parts : undefined, appOwns);
      },
    },
    configResolved(resolved) {
      dev = resolved.command === "serve";
    },
    resolveId: {
      filter: { id: /^virtual:vinext\/pages-(routes|assets|client-entry)$/ },
      handler: (id) => (ids.includes(id) ? `\0${id}` : undefined),
    },
    load: {
      filter: { id: /^\0virtual:vinext\/pages-(routes|assets|client-entry)$/ },
      async handler(id) {
        try {
          if (id === `\0${PAGES_ROUTES_ID}`) {
            const { scanned, config } = current();
            const flavour = flavourOf(this.environment.name);
            return pagesRoutesModule(scanned, config, flavour, flavour === "client" ? appRoutePatterns(getOptions()) : []);
          }
          if (id === `\0${ASSETS_ID}`) {
            // Dev serves the entry through Vite; a build reads what the client build wrote
            // (the ssr environment is built after the client one; its first, scanning pass gets nothing).
            const assets: PagesAssetsModule = dev ? { entry: `/@id/__x00__${CLIENT_ENTRY_ID}`, pages: {} } : (clientAssets ?? { entry: "", pages: {} });
            return `export default ${JSON.stringify(assets)};`;
          }
          const entry = await this.resolve(runtimePath("entries/pages-browser"));
          if (!entry) this.error(`[vinext] cannot resolve the Pages Router browser entry (${runtimePath("entries/pages-browser")}).`);
          return [
            `import RefreshRuntime from "/@react-refresh";`,
            `RefreshRuntime.injectIntoGlobalHook(window);`,
            `window.$RefreshReg$ = () => {};`,
            `window.$RefreshSig$ = () => (type) => type;`,
            `window.__vite_plugin_react_preamble_installed__ = true;`,
            `await import(${JSON.stringify(entry.id)});`,
          ].join("\n");
        } catch (error) {
          this.error((error as Error).message);
        }
      },
    },
    generateBundle(_options, bundle) {
      if (this.environment.name !== CLIENT_ENV) return;
      // Where the browser fetches built files from: assetPrefix, else the basePath (base-path-plugin.ts).
      clientAssets = collectAssets(bundle, current().scanned.files, builtAssetBase(getOptions()));
      sizes = measurePages(bundle, current().scanned.files, PAGES_CLIENT_INPUT);
    },
    configureServer(server) {
      server.watcher.on("add", (file) => invalidate(server, file));
      server.watcher.on("unlink", (file) => invalidate(server, file));
    },
  };
}
