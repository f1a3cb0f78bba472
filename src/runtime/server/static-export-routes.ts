// `output: "export"`: the paths of route handlers with dynamic segments, from
// their generateStaticParams (Next exports e.g. app/feeds/[id]/route.ts →
// out/feeds/a). Added to the prerender index; no Flight twins (they are files).
import type { AppManifest, ModuleLoader } from "../routing/app-manifest";
import { fillPattern } from "../routing/fill-pattern";
import { isDynamicPattern } from "../routing/segments";
import { generateRouteParams, loadRouteModules } from "../rsc/segment-config";

export async function exportRouteHandlerPaths(manifest: AppManifest, modules: Record<string, ModuleLoader>): Promise<string[]> {
  const paths: string[] = [];
  for (const route of manifest.routes) {
    if (route.kind !== "route" || !isDynamicPattern(route.segments)) continue;
    const loaded = await loadRouteModules(route, modules);
    if (typeof loaded.at(-1)?.mod.GET !== "function") continue;
    for (const params of (await generateRouteParams(loaded)) ?? []) {
      const path = fillPattern(route.segments, params);
      if (path) paths.push(path);
    }
  }
  return paths;
}
