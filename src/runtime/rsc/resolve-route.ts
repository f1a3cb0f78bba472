// Picks what a request renders: the route for its URL, or — on a client
// navigation from another page (`next-url` header) — an intercepting route,
// either as the route itself or shown in a slot of the page being left.
import { removeBasePath } from "../base-path";
import type { AppRoute, SegmentFiles } from "../routing/app-manifest";
import { matchAppRoute, splitIntercepting, underPrefix, type SplitRoutes } from "../routing/intercept";
import { matchRoute, splitPathname, type RouteMatch } from "../routing/match";
import type { SlotOverride } from "./tree-context";

/** Header the client router sends with Flight requests: the URL it navigates from (as Next's `Next-Url`). */
export const NEXT_URL_HEADER = "next-url";

export interface ResolvedRoute {
  match: RouteMatch<AppRoute> | null;
  slotOverride?: SlotOverride;
}

export function navigatingFrom(request: Request, flightOnly: boolean): string[] | undefined {
  const value = flightOnly ? request.headers.get(NEXT_URL_HEADER) : null;
  if (!value || !value.startsWith("/")) return undefined;
  try {
    // The browser's path: the basePath is not part of the routes.
    return splitPathname(removeBasePath(new URL(value, "http://n").pathname));
  } catch {
    return undefined;
  }
}

function samePrefix(a: readonly string[], b: readonly string[], length: number): boolean {
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return false;
  return a.length >= length && b.length >= length;
}

/** An intercepting route in a slot of the page being left that matches the target URL. */
function slotInterception(base: RouteMatch<AppRoute>, parts: string[], from: string[]): SlotOverride | undefined {
  for (const owner of base.route.chain as SegmentFiles[]) {
    const depth = owner.depth ?? 0;
    if (!owner.slots || !samePrefix(parts, from, depth)) continue;
    for (const slot of owner.slots) {
      const eligible = splitIntercepting(slot.routes).intercepting.filter((route) => underPrefix(route.intercept!.from, from));
      const hit = matchRoute(eligible, parts.slice(depth));
      if (hit) return { owner: owner.dir, name: slot.name, route: hit.route, params: hit.params };
    }
  }
  return undefined;
}

export function resolveAppRoute(routes: SplitRoutes, parts: string[], from: string[] | undefined): ResolvedRoute {
  const match = matchAppRoute(routes, parts, from);
  if (!from || match?.route.intercept) return { match };
  const base = matchAppRoute(routes, from);
  const slotOverride = base ? slotInterception(base, parts, from) : undefined;
  return slotOverride ? { match: { route: base!.route, params: { ...base!.params, ...slotOverride.params } }, slotOverride } : { match };
}
