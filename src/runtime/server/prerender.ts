// Build-time pre-rendering of App Router pages through Nitro's prerenderer. While it runs
// (VINEXT_PRERENDER=1, set by src/nitro/prerender.ts in the prerender worker
// only) the handler answers an index of every static path and marks pages that
// turned out dynamic so Nitro does not write them. Test: test/e2e/app-dir/app-static
// (static and generateStaticParams pages are served from build output).
import type { AppManifest, AppRoute, ModuleLoader } from "../routing/app-manifest";
import { matchRoute, splitPathname } from "../routing/match";
import type { UrlSegment } from "../routing/segments";
import { fillPattern } from "../routing/fill-pattern";
import { flightPathFor } from "../routing/flight-path";
import { isDynamicPattern } from "../routing/segments";
import { generateRouteParams, loadRouteModules, resolveSegmentConfig } from "../rsc/segment-config";
import { markedRevalidate, withoutMarker } from "../pages/isr-marker";
import { seedResponse } from "./isr-seed";
import { pageRevalidate, type RequestStore } from "./request-store";
import { finishStaticExport, isStaticExport } from "./static-export";
import { exportRouteHandlerPaths } from "./static-export-routes";
import { prerenderImagePaths } from "./metadata-image";
import { DYNAMIC_CONTENT_TYPE, isPrerendering } from "./prerender-state";

export const PRERENDER_INDEX_PATH = "/__vinext/prerender-index";
export { DYNAMIC_CONTENT_TYPE, isPrerendering };

/** The absolute URL patterns every intercepting route (in the main tree or a slot) catches. */
function interceptTargets(manifest: AppManifest): UrlSegment[][] {
  const targets: UrlSegment[][] = [];
  const visit = (routes: readonly AppRoute[]) => {
    for (const route of routes) {
      if (route.intercept) targets.push(route.intercept.target);
      for (const segment of route.chain) for (const slot of segment.slots ?? []) visit(slot.routes);
    }
  };
  visit(manifest.routes);
  return targets;
}

function matchSegmentsExactly(segments: UrlSegment[], parts: string[]): boolean {
  return matchRoute([{ segments }], parts) !== null;
}

type PrerenderSource = () => Promise<string[]>;
const extraSources: PrerenderSource[] = [];

/** Lets the Pages Router (runtime/pages/dispatch.ts) add its static paths (and data JSON) to the index. */
export function addPrerenderSource(source: PrerenderSource): void {
  extraSources.push(source);
}

/** Every static page path (and its Flight twin), as Nitro's `x-nitro-prerender` list. */
export async function prerenderIndex(manifest: AppManifest, modules: Record<string, ModuleLoader>): Promise<Response> {
  const paths: string[] = [];
  for (const route of manifest.routes) {
    const loaded = await loadRouteModules(route, modules);
    const { dynamic } = resolveSegmentConfig(loaded);
    // Route handlers opt in with force-static; src/nitro/prerender.ts lists those.
    if (route.kind === "route") continue;
    if (dynamic === "force-dynamic") continue;
    if (!isDynamicPattern(route.segments)) {
      paths.push(route.pattern);
      continue;
    }
    for (const params of (await generateRouteParams(loaded)) ?? []) {
      const path = fillPattern(route.segments, params);
      if (path) paths.push(path);
    }
  }
  // A client navigation to an intercepted URL must reach the handler, so those
  // pages keep no static Flight file (their HTML is still pre-rendered).
  const targets = interceptTargets(manifest);
  const intercepted = (path: string) => targets.some((target) => matchSegmentsExactly(target, splitPathname(path)));
  const all = paths.flatMap((path) => (intercepted(path) ? [path] : [path, flightPathFor(path)]));
  all.push(...(await prerenderImagePaths(manifest, modules)));
  for (const source of extraSources) all.push(...(await source()));
  if (isStaticExport()) all.push(...(await exportRouteHandlerPaths(manifest, modules)));
  return new Response("<!DOCTYPE html><title>vinext prerender index</title>", {
    headers: { "content-type": "text/html; charset=utf-8", "x-nitro-prerender": all.map(encodeURIComponent).join(",") },
  });
}

/** `dynamic = "error"`: a page found dynamic at build time fails the build. */
function assertDynamicAllowed(store: RequestStore): void {
  if (store.segmentDynamic !== "error") return;
  throw new Error(
    `[vinext] ${store.url.pathname} has \`export const dynamic = "error"\` but read per-request data (cookies(), headers(), searchParams, connection() or a no-store fetch) while rendering at build time. Remove that read, or set \`dynamic = "force-dynamic"\` to render per request or \`"force-static"\` to render once with them empty.`,
  );
}

/**
 * Buffers a pre-rendered page and decides whether it may be written: a render
 * that read per-request data (cookies, headers, searchParams, connection) or is
 * `force-dynamic` stays dynamic, also when it then failed; `dynamic = "error"`
 * turns that into a build error.
 */
export async function finishPrerender(response: Response, store: RequestStore, { seeds }: { seeds: boolean }): Promise<Response> {
  // output: "export" (static-export.ts): a dynamic answer fails the build, with its reason.
  if (isStaticExport()) return finishStaticExport(response, store, DYNAMIC_CONTENT_TYPE);
  // A redirect, notFound() or forbidden() at build time: keep the route dynamic so
  // every request gets that answer with its status. A 500 fails the build (Next does too).
  if (response.status !== 200 && response.status < 500) {
    await response.body?.cancel();
    return new Response(null, { headers: { "content-type": DYNAMIC_CONTENT_TYPE } });
  }
  // A page that read per-request data and then failed without a request (a missing
  // cookie…) is dynamic, not broken: Next never runs it past cookies() at build time.
  const readRequest = store.dynamicUsed && store.segmentDynamic !== "force-static";
  if (response.status !== 200 && readRequest) {
    await response.body?.cancel();
    assertDynamicAllowed(store);
    return new Response(null, { headers: { "content-type": DYNAMIC_CONTENT_TYPE } });
  }
  if (response.status !== 200) return response;
  const body = await response.arrayBuffer();
  // A Flight answer is 200 even when the page redirected or chose another status
  // while streaming: such a page stays dynamic, like its HTML.
  const outcome = store.renderState;
  if (outcome && (outcome.redirect || outcome.status !== 200)) return new Response(null, { headers: { "content-type": DYNAMIC_CONTENT_TYPE } });
  if (store.segmentDynamic === "force-dynamic" || readRequest) {
    assertDynamicAllowed(store);
    return new Response(null, { headers: { "content-type": DYNAMIC_CONTENT_TYPE } });
  }
  // A page goes to the ISR store (as a seed file) so it can be revalidated later; a static export keeps plain files.
  const pagesRevalidate = markedRevalidate(response);
  if ((outcome || pagesRevalidate !== undefined) && seeds) {
    const revalidate = outcome ? pageRevalidate(store) : pagesRevalidate!;
    if (revalidate === 0) return new Response(null, { headers: { "content-type": DYNAMIC_CONTENT_TYPE } });
    return seedResponse(new Uint8Array(body), response, revalidate, [...(store.cacheTags ?? [])]);
  }
  return withoutMarker(new Response(body, response));
}
