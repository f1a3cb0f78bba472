// Collects, during `vinext build`, what the route table needs: which client
// modules each route's server graph reaches (rsc build) and the gzip size of the
// client chunks that load them (client build). Read back through the plugin `api`.
import { gzipSync } from "node:zlib";
import type { Plugin } from "vite";
import type { AppManifest, AppRoute } from "../runtime/routing/app-manifest";
import type { NitroModule } from "nitro/types";
import { matchRoute, splitPathname } from "../runtime/routing/match";
import { formatPattern, isDynamicPattern } from "../runtime/routing/segments";
import { isGeneratedImage } from "../runtime/server/metadata-image";
import { prerenderModule, type PrerenderRecord } from "../nitro/prerender-pages";
import { CLIENT_ENV, RSC_ENV } from "./environments";

export interface RouteReportRow {
  pattern: string;
  kind: "page" | "route";
  /** ○ pre-rendered, ● pre-rendered from generateStaticParams, ƒ rendered per request. */
  render: "static" | "ssg" | "dynamic";
  /** Gzip bytes of the JS a first visit to the page loads (undefined for route handlers). */
  firstLoadJs?: number;
}

export interface BuildReportApi {
  rows(manifest: AppManifest): RouteReportRow[];
  /** Every path the prerender wrote (the Pages Router's rows are computed from it too). */
  written(): ReadonlySet<string>;
}

interface ClientChunks {
  entry: string[];
  /** Client module file → the chunks (with static imports) that load it. */
  byModule: Map<string, string[]>;
  gzip: Map<string, number>;
}

/**
 * ○ / ● / ƒ for each route from the paths pre-rendering wrote (pages and their
 * `.rsc` twins, force-static route handlers). A path counts for the route that
 * serves it, matched against ALL routes: `/meta/absolute` belongs to its own
 * static page, not to `/meta/[slug]`, which is ● only when one of its own
 * params was written. Intercepting routes never serve a hard load.
 */
export function renderKinds(routes: readonly AppRoute[], written: Iterable<string>): Map<AppRoute, RouteReportRow["render"]> {
  const candidates = routes.filter((route) => !route.intercept);
  const generated = new Set<AppRoute>();
  for (const path of written) {
    if (path.endsWith(".rsc")) continue;
    const owner = matchRoute(candidates, splitPathname(path))?.route;
    if (owner) generated.add(owner);
  }
  return new Map(routes.map((route) => [route, !generated.has(route) ? "dynamic" : isDynamicPattern(route.segments) ? "ssg" : "static"]));
}

/**
 * Rows for image files drawn by code (icon.tsx, opengraph-image.tsx…), which
 * `next build` lists as routes: ○ when the prerender wrote the image (or every
 * generateImageMetadata item under it), ƒ when it is drawn per request.
 */
export function metadataImageRows(manifest: AppManifest, written: ReadonlySet<string>): RouteReportRow[] {
  return (manifest.metadataRoutes ?? []).filter(isGeneratedImage).map((file) => {
    const folder = formatPattern(file.segments);
    const pattern = `${folder === "/" ? "" : folder}/${file.name}`;
    const static_ = !isDynamicPattern(file.segments) && [...written].some((path) => path === pattern || path.startsWith(`${pattern}/`));
    return { pattern, kind: "route", render: static_ ? "static" : "dynamic" };
  });
}

export function buildReportPlugin(): Plugin<BuildReportApi> & { nitro: NitroModule } {
  const prerendered: PrerenderRecord = { written: new Set() };
  /** Route file → every module its server graph imports statically. */
  const serverGraph = new Map<string, Set<string>>();
  let client: ClientChunks | undefined;

  return {
    name: "vinext:build-report",
    apply: "build",
    // Nitro picks up modules carried by Vite plugins; this one pre-renders pages.
    nitro: prerenderModule(prerendered),
    generateBundle(_options, bundle) {
      if (this.environment.name === RSC_ENV) {
        serverGraph.clear();
        for (const id of this.getModuleIds()) {
          const reached = new Set<string>();
          const stack = [id];
          while (stack.length) {
            const next = stack.pop()!;
            // plugin-rsc's virtual modules link every client reference; they are not the route's own imports.
            if (reached.has(next) || next.includes("virtual:")) continue;
            reached.add(next);
            stack.push(...(this.getModuleInfo(next)?.importedIds ?? []));
          }
          serverGraph.set(id, reached);
        }
      }
      if (this.environment.name === CLIENT_ENV) {
        const gzip = new Map<string, number>();
        const imports = new Map<string, string[]>();
        const byId = new Map<string, string>();
        let entry: string | undefined;
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== "chunk") continue;
          gzip.set(chunk.fileName, gzipSync(chunk.code).length);
          imports.set(chunk.fileName, chunk.imports);
          if (chunk.isEntry && !entry) entry = chunk.fileName;
          // Client reference chunks have virtual facades; map the real modules they hold.
          if (chunk.isDynamicEntry) for (const id of chunk.moduleIds) byId.set(id, chunk.fileName);
        }
        const closure = (file: string, seen = new Set<string>()) => {
          if (seen.has(file)) return seen;
          seen.add(file);
          for (const dep of imports.get(file) ?? []) closure(dep, seen);
          return seen;
        };
        const byModule = new Map<string, string[]>();
        for (const [id, file] of byId) byModule.set(id, [...closure(file)]);
        client = { entry: entry ? [...closure(entry)] : [], byModule, gzip };
      }
    },
    api: {
      written: () => prerendered.written,
      rows(manifest) {
        const kinds = renderKinds(manifest.routes, prerendered.written);
        const rows = manifest.routes.map((route): RouteReportRow => {
          const leaf = route.chain.at(-1)!.files[route.kind];
          const files = [...route.chain.map((segment) => segment.files.layout), leaf].filter((f): f is string => !!f);
          const render = kinds.get(route)!;
          if (route.kind === "route" || !client) return { pattern: route.pattern, kind: route.kind, render };
          const chunks = new Set(client.entry);
          for (const file of files) {
            for (const id of serverGraph.get(file) ?? []) for (const chunk of client.byModule.get(id) ?? []) chunks.add(chunk);
          }
          let firstLoadJs = 0;
          for (const chunk of chunks) firstLoadJs += client.gzip.get(chunk) ?? 0;
          return { pattern: route.pattern, kind: route.kind, render, firstLoadJs };
        });
        return [...rows, ...metadataImageRows(manifest, prerendered.written)];
      },
    },
  };
}
