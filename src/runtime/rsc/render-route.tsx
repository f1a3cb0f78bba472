// Renders an App Router page route (or the root not-found for an unmatched URL):
// loads the route's tree, then lets render.tsx stream it with the right status.
import type { ErrorComponent } from "../client/boundaries";
import type { AppManifest, ModuleLoader } from "../routing/app-manifest";
import type { RouteMatch } from "../routing/match";
import type { AppRoute } from "../routing/app-manifest";
import type { ActionRenderInput } from "../server/actions";
import { buildFallbackTree, buildPageTree } from "./app-tree";
import { renderApp, type RenderCapture } from "./render";
import { createRenderState } from "./render-state";
import { loadModuleDefault } from "./segment-modules";
import { getRequestStore } from "../server/request-store";
import { isDynamicPattern } from "../routing/segments";
import { isAllowedParams, loadRouteModules, resolveSegmentConfig } from "./segment-config";
import type { SlotOverride } from "./tree-context";

export interface RenderRouteInput {
  manifest: AppManifest;
  modules: Record<string, ModuleLoader>;
  match: RouteMatch<AppRoute> | null;
  url: URL;
  flightOnly: boolean;
  /** Set when a Server Action ran first (server/actions.ts). */
  action?: ActionRenderInput;
  /** Decoded URL segments (parallel slots match the part below their layout). */
  parts: string[];
  /** An intercepting route to show in a slot (rsc/resolve-route.ts). */
  slotOverride?: SlotOverride;
  /** The `next-url` an intercepting route was chosen for (rsc/resolve-route.ts). */
  interceptedFrom?: string;
  /** Keep a copy of the streamed page for the ISR store (rsc/page-cache.ts). */
  capture?: RenderCapture;
}

export async function renderAppRoute({ manifest, modules, match, url, flightOnly, action, parts, slotOverride, interceptedFrom, capture }: RenderRouteInput): Promise<Response> {
  const globalErrorFile = manifest.root.files["global-error"];
  const globalError = globalErrorFile ? ((await loadModuleDefault(modules, globalErrorFile, "global-error")) as ErrorComponent) : undefined;
  if (!match) {
    const state = createRenderState(404);
    const root = await buildFallbackTree(manifest.root, modules, 404, state);
    return renderApp({ root, url, params: {}, state, flightOnly, routeLabel: "/_not-found", globalError, action });
  }
  const { route, params } = match;
  const routeModules = await loadRouteModules(route, modules);
  const config = resolveSegmentConfig(routeModules);
  const store = getRequestStore("render");
  store.segmentDynamic = config.dynamic;
  store.segmentRevalidate = config.revalidate;
  store.segmentFetchCache = config.fetchCache;
  if (!config.dynamicParams && isDynamicPattern(route.segments) && !(await isAllowedParams(routeModules, params))) {
    // `dynamicParams = false`: params generateStaticParams did not produce are unknown (404).
    const state = createRenderState(404);
    const root = await buildFallbackTree(manifest.root, modules, 404, state);
    return renderApp({ root, url, params: {}, state, flightOnly, routeLabel: route.pattern, globalError, action });
  }
  const state = createRenderState();
  store.renderState = state;
  const root = await buildPageTree({
    route,
    params,
    // force-static renders as the build does: no search params (Next: app-static force-static).
    searchParams: config.dynamic === "force-static" ? new URLSearchParams() : url.searchParams,
    modules,
    state,
    parts,
    renderId: crypto.randomUUID(),
    hardLoad: !flightOnly,
    slotOverride,
  });
  return renderApp({
    root,
    url,
    params,
    state,
    flightOnly,
    routeLabel: route.pattern,
    fallback: (status) => buildFallbackTree(manifest.root, modules, status, state),
    globalError,
    action,
    capture,
    interceptedFrom,
  });
}
