// "Does the app have a route here?" for the pipeline's filesystem and `check`
// steps (pipeline.ts): static routes only, or dynamic ones too. Matching the
// real router is the handler's job; this only answers yes or no, cheaply.
import type { AppManifest } from "../routing/app-manifest";
import { matchRoute } from "../routing/match";
import { isDynamicPattern } from "../routing/segments";

function metadataRouteExists(manifest: AppManifest, parts: readonly string[], dynamic: boolean): boolean {
  const last = parts.at(-1);
  return (manifest.metadataRoutes ?? []).some(
    (file) => file.name === last && (dynamic || !isDynamicPattern(file.segments)) && matchRoute([{ segments: file.segments }], parts.slice(0, -1)) !== null,
  );
}

/** App Router routes (intercepting ones only serve client navigations, so they do not count) and metadata files. */
export function appRouteExists(manifest: AppManifest, parts: readonly string[], options: { dynamic: boolean }): boolean {
  const candidates = manifest.routes.filter((route) => !(route as { intercept?: unknown }).intercept && (options.dynamic || !isDynamicPattern(route.segments)));
  return matchRoute(candidates, parts) !== null || metadataRouteExists(manifest, parts, options.dynamic);
}

interface PagesRoutes {
  routes: readonly { segments: AppManifest["routes"][number]["segments"] }[];
}

/**
 * Pages Router routes. `/_next/data/…` URLs are the pages' own (filesystem) and
 * a leading i18n locale is not part of a page's path.
 */
export function pagesRouteExists(pages: PagesRoutes, locales: readonly string[] | undefined, parts: readonly string[], options: { dynamic: boolean }): boolean {
  if (pages.routes.length === 0) return false;
  if (parts[0] === "_next" && parts[1] === "data") return true;
  const path = locales?.includes(parts[0] ?? "") ? parts.slice(1) : parts;
  const candidates = pages.routes.filter((route) => options.dynamic || !isDynamicPattern(route.segments));
  return matchRoute(candidates, path) !== null;
}
