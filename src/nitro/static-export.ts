// BUILD TIME. `output: "export"`: the build checks what needs a server (next.config,
// files, Server Actions), pre-renders every page, route handler and metadata file
// (a page that turns out dynamic fails the build with its reason), skips the
// server bundle and writes the site to `out/` (static-export-layout.ts).
// Next: test/integration/app-dir-export, https://nextjs.org/docs/app/guides/static-exports
import { builtAssetsOf } from "../vite/base-path-plugin";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { Nitro, NitroModule } from "nitro/types";
import type { Plugin } from "vite";
import type { AppManifest } from "../runtime/routing/app-manifest";
import { matchRoute, splitPathname } from "../runtime/routing/match";
import { isDynamicPattern } from "../runtime/routing/segments";
import { DYNAMIC_CONTENT_TYPE, PRERENDER_INDEX_PATH } from "../runtime/server/prerender";
import { EXPORT_NOT_FOUND_PATH } from "../runtime/server/static-export";
import { RSC_ENV } from "../vite/environments";
import { resolveImageConfig } from "../vite/image-config";
import type { ResolvedOptions } from "../vite/options";
import { scanApp } from "../vite/routing/scan-app";
import { exportsName, staticExportError, staticExportProblems } from "../vite/static-export-checks";
import { unexportedPages } from "./static-export-coverage";
import { writeExport, type WrittenFile } from "./static-export-layout";

/** Next's export folder (next.config `distDir` is not supported by vinext). */
export const EXPORT_DIR = "out";
/** Left in `.output/` so `vinext start` can point at `out/`. */
export const EXPORT_MARKER = "static-export.json";

export function isExportBuild(options: ResolvedOptions): boolean {
  return options.packages.output === "export";
}

/** GET route handlers and metadata files at fixed paths: written as files (route handlers with other methods warn). */
export function exportedRoutePaths(manifest: AppManifest, read: (file: string) => string, warn: (message: string) => void): string[] {
  const paths: string[] = [];
  for (const route of manifest.routes) {
    if (route.kind !== "route" || isDynamicPattern(route.segments)) continue;
    const file = route.chain.at(-1)!.files.route!;
    const source = read(file);
    if (!exportsName(source, "GET")) continue;
    const others = ["POST", "PUT", "PATCH", "DELETE"].filter((method) => exportsName(source, method));
    if (others.length) warn(`[vinext] ${file}: only GET is exported by "output: export"; ${others.join(", ")} will answer 404/405 from a static file server.`);
    paths.push(route.pattern);
  }
  for (const meta of manifest.metadataRoutes ?? []) {
    if (isDynamicPattern(meta.segments)) continue;
    // Its URLs (`icon/<id>`) are only known by running it: the prerender index lists them (runtime/server/metadata-image.ts).
    if (meta.generated && meta.contentType.startsWith("image/") && exportsName(read(meta.file), "generateImageMetadata")) continue;
    paths.push(`/${[...meta.segments.map((s) => (s as { value: string }).value), meta.name].join("/")}`);
  }
  return paths;
}

/** The page file of the app route that serves `path`, for error messages. */
function describe(manifest: AppManifest | undefined, path: string, root: string): string {
  const page = path.endsWith(".rsc") ? path.slice(0, -4).replace(/^\/index$/, "/") : path;
  const match = manifest && matchRoute(manifest.routes.filter((route) => !route.intercept), splitPathname(page));
  const file = match?.route.chain.at(-1)!.files[match.route.kind];
  return file ? `${relative(root, file)} (${path})` : path;
}

function setup(nitro: Nitro, options: ResolvedOptions): void {
  const read = (file: string) => readFileSync(file, "utf8");
  let manifest: AppManifest | undefined;
  try {
    manifest = scanApp(options.appDir, options.pageExtensions);
  } catch {
    // Reported by vinext:app-routes.
  }
  // Only the prerenderer's build is needed: out/ is the whole deployment.
  nitro.options.static = true;
  // A failed build must not leave the previous site looking current.
  rmSync(join(options.root, EXPORT_DIR), { recursive: true, force: true });
  nitro.options.framework.previewCommand = `npx serve ${EXPORT_DIR}`;
  const extra = [...(manifest ? exportedRoutePaths(manifest, read, (message) => nitro.logger.warn(message)) : []), EXPORT_NOT_FOUND_PATH];
  nitro.hooks.hook("prerender:routes", (routes) => {
    for (const path of extra) routes.add(path);
  });
  nitro.hooks.hook("prerender:init", () => {
    process.env.VINEXT_STATIC_EXPORT = "1";
  });
  const problems: string[] = [];
  /** Paths that rendered but need a server (already reported). */
  const blocked: string[] = [];
  const written: WrittenFile[] = [];
  let notFound: Uint8Array | undefined;
  nitro.hooks.hook("prerender:generate", (route) => {
    if (route.route === EXPORT_NOT_FOUND_PATH) {
      // Kept in memory: it belongs in out/ only, as 404.html.
      if (!route.error && route.contents) notFound = new TextEncoder().encode(route.contents);
      route.skip = true;
      return;
    }
    if (!route.contentType?.startsWith(DYNAMIC_CONTENT_TYPE)) return;
    // A page's Flight twin fails for the same reason as its HTML: report it once.
    if (!route.route.endsWith(".rsc")) problems.push(`${describe(manifest, route.route, options.root)}: ${route.contents || "it needs a server"}.`);
    blocked.push(route.route);
    route.skip = true;
  });
  nitro.hooks.hook("prerender:route", (route) => {
    if (!route.skip && !route.error && route.fileName && route.route !== PRERENDER_INDEX_PATH) written.push({ route: route.route, fileName: route.fileName });
  });
  nitro.hooks.hook("prerender:done", () => {
    delete process.env.VINEXT_STATIC_EXPORT;
    // A page that rendered dynamic is reported with its reason above, not as missing.
    problems.push(...unexportedPages(options.root, manifest, options.pageExtensions, [...written.map((file) => file.route), ...blocked]));
    const error = staticExportError(problems);
    if (error) throw error;
  });
  nitro.hooks.hook("compiled", () => {
    const outDir = join(options.root, EXPORT_DIR);
    writeExport({
      publicDir: nitro.options.output.publicDir,
      outDir,
      written,
      trailingSlash: options.pipeline.trailingSlash,
      notFound,
    });
    writeFileSync(join(nitro.options.output.dir, EXPORT_MARKER), `${JSON.stringify({ outDir })}\n`);
  });
}

const USE_SERVER = /(?:^|[{;]|\n)\s*["']use server["']\s*;?/;
const IMPORTS_IMAGE = /(?:from|import)\s*\(?\s*["']next\/(?:legacy\/)?image["']/;

/** next/image would send every image through the per-request optimiser (Next: export/index.ts "isNextImageImported"). */
function defaultImageLoader(options: ResolvedOptions): boolean {
  const { config } = resolveImageConfig(options.nextConfig, options.nextConfigFile, options.root, options.pipeline.basePath, builtAssetsOf(options));
  return config.loader === "default" && !config.unoptimized;
}

/**
 * `vinext:static-export`: defines `__VINEXT_STATIC_EXPORT__` for the client
 * router, fails an export build early on what needs a server, and carries the
 * Nitro module that writes out/.
 */
export function staticExportPlugin(getOptions: () => ResolvedOptions): Plugin & { nitro: NitroModule } {
  let exporting = false;
  let developing = false;
  return {
    name: "vinext:static-export",
    config(_config, env) {
      exporting = env.command === "build" && isExportBuild(getOptions());
      developing = env.command === "serve" && isExportBuild(getOptions());
      return { define: { __VINEXT_STATIC_EXPORT__: JSON.stringify(exporting) } };
    },
    configResolved() {
      if (!exporting && !developing) return;
      const error = staticExportError(staticExportProblems(getOptions()));
      // `vinext dev` keeps serving (the features work there) but says now what `vinext build` will refuse.
      if (error && developing) console.warn(error.message.replace("[vinext] ", "[vinext] vinext build will fail: "));
      else if (error) throw error;
    },
    transform: {
      filter: { code: /use server|next\/(legacy\/)?image/ },
      handler(code, id) {
        if (!exporting || id.includes("/node_modules/") || !id.startsWith(getOptions().root)) return;
        const file = relative(getOptions().root, id.split("?")[0]!);
        if (this.environment.name === RSC_ENV && USE_SERVER.test(code)) {
          this.error({
            id,
            message: `[vinext] ${file}: Server Actions ("use server") cannot be used with "output: export": a static site has no server to run them. Call an API on another service instead, or remove output: "export".`,
          });
        }
        if (IMPORTS_IMAGE.test(code) && defaultImageLoader(getOptions())) {
          this.error({
            id,
            message: `[vinext] ${file}: imports next/image, but Image Optimization using the default loader is not compatible with "output: export" (it resizes per request on a server). Set images: { unoptimized: true } in next.config, or a custom loader (images.loader: "custom" with images.loaderFile).`,
          });
        }
      },
    },
    nitro: {
      name: "vinext:static-export",
      setup(nitro) {
        if (nitro.options.dev || nitro.options.preset === "nitro-prerender" || !isExportBuild(getOptions())) return;
        setup(nitro, getOptions());
      },
    },
  };
}
