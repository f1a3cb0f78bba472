// Generates `virtual:vinext/pages-routes`: the scanned Pages Router manifest and
// config as data, plus one lazy import() per module the environment may load.
// The ssr environment (which renders pages and runs API routes) gets every file;
// the browser gets pages, _app and the error pages (never _document or API
// routes); the rsc environment only matches URLs and gets no modules at all.
import type { PagesConfig } from "../../runtime/pages/manifest";
import type { UrlSegment } from "../../runtime/routing/segments";
import type { ScannedPages } from "../routing/scan-pages";

export const PAGES_ROUTES_ID = "virtual:vinext/pages-routes";

export type PagesModuleFlavour = "server" | "client" | "data";

const CLIENT_SPECIAL = new Set(["/_app", "/_error", "/404", "/500"]);

/**
 * `appRoutes` (browser only): the App Router's URL patterns, so a client transition
 * to a URL an app route wins becomes a document navigation.
 */
export function pagesRoutesModule(scanned: ScannedPages, config: PagesConfig, flavour: PagesModuleFlavour, appRoutes: { segments: UrlSegment[] }[] = []): string {
  const { manifest, files } = scanned;
  const keys =
    flavour === "data"
      ? []
      : flavour === "server"
        ? Object.keys(files)
        : [...manifest.routes.filter((route) => route.kind === "page").map((route) => route.page), ...manifest.special.filter((page) => CLIENT_SPECIAL.has(page))];
  const loaders = keys.map((key) => `  ${JSON.stringify(key)}: () => import(${JSON.stringify(files[key])}),`);
  return [
    `export const manifest = ${JSON.stringify(manifest)};`,
    `export const config = ${JSON.stringify(config)};`,
    `export const appRoutes = ${JSON.stringify(flavour === "client" ? appRoutes : [])};`,
    `export const modules = {`,
    ...loaders,
    `};`,
  ].join("\n");
}
