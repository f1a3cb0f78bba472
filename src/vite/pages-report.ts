// The Pages Router's rows in the `vinext build` route table: ○ pre-rendered
// static page, ● pre-rendered from getStaticProps with params, ƒ per request
// (getServerSideProps, getInitialProps, API routes), from the paths the prerender
// wrote, and the gzip size of the JS a first visit loads (entry, _app, page).
import { gzipSync } from "node:zlib";
import type { Rollup } from "vite";
import type { PagesManifest } from "../runtime/pages/manifest";
import { matchRoute, splitPathname } from "../runtime/routing/match";
import type { RouteReportRow } from "./build-report-plugin";

export interface PagesClientSizes {
  /** Page name → gzip bytes of its chunks plus the entry's and _app's (deduplicated). */
  firstLoad: Map<string, number>;
}

/** First-load JS per page from the client bundle (entry chunk closure + _app + page). */
export function measurePages(bundle: Rollup.OutputBundle, files: Record<string, string>, entryName: string): PagesClientSizes {
  const chunks = Object.values(bundle).filter((output): output is Rollup.OutputChunk => output.type === "chunk");
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const gzip = new Map(chunks.map((chunk) => [chunk.fileName, gzipSync(chunk.code).length]));
  const closure = (chunk: Rollup.OutputChunk | undefined, seen: Set<string>) => {
    if (!chunk || seen.has(chunk.fileName)) return seen;
    seen.add(chunk.fileName);
    for (const dep of chunk.imports) closure(byFile.get(dep), seen);
    return seen;
  };
  const chunkOf = (file: string | undefined) => chunks.find((chunk) => file && chunk.facadeModuleId === file);
  const base = closure(chunks.find((chunk) => chunk.isEntry && chunk.name === entryName), new Set());
  closure(chunkOf(files["/_app"]), base);
  const firstLoad = new Map<string, number>();
  for (const page of Object.keys(files)) {
    const all = closure(chunkOf(files[page]), new Set(base));
    firstLoad.set(page, [...all].reduce((sum, file) => sum + (gzip.get(file) ?? 0), 0));
  }
  return { firstLoad };
}

/**
 * @param written paths the prerender wrote (HTML pages and `/_next/data` JSON)
 * @param stripLocale drops an i18n locale prefix from a written path's parts
 * @param appOwns true for paths an App Router route serves (hybrid apps)
 */
export function pagesReportRows(
  manifest: PagesManifest,
  written: Iterable<string>,
  sizes: PagesClientSizes | undefined,
  stripLocale: (parts: string[]) => string[] = (p) => p,
  appOwns: (parts: string[]) => boolean = () => false,
): RouteReportRow[] {
  const generated = new Set<string>();
  for (const path of written) {
    if (path.startsWith("/_next/") || path.endsWith(".rsc")) continue;
    let parts: string[];
    try {
      parts = splitPathname(path);
    } catch {
      continue;
    }
    if (appOwns(parts)) continue;
    parts = stripLocale(parts);
    const owner = matchRoute(manifest.routes, parts)?.route;
    if (owner) generated.add(owner.page);
  }
  return manifest.routes.map((route) => {
    if (route.kind === "api") return { pattern: route.page, kind: "route" as const, render: "dynamic" as const };
    const render = !generated.has(route.page) ? "dynamic" : route.segments.some((s) => s.kind !== "static") ? "ssg" : "static";
    return { pattern: route.page, kind: "page" as const, render, firstLoadJs: sizes?.firstLoad.get(route.page) };
  });
}
