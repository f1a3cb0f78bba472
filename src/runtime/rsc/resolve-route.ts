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
  intercepted?: boolean;
}

/** Where a client navigation starts: `pathname` as the browser sent it, `parts` without the basePath. */
export interface NavigationOrigin {
  pathname: string;
  parts: string[];
}

export function navigatingFrom(request: Request, flightOnly: boolean): NavigationOrigin | undefined {
  const value = flightOnly ? request.headers.get(NEXT_URL_HEADER) : null;
  if (!value || !value.startsWith("/")) return undefined;
  try {
    const pathname = new URL(value, "http://n").pathname;
    // The browser's path: the basePath is not part of the routes.
    return { pathname, parts: splitPathname(removeBasePath(pathname)) };
  } catch {
    return undefined;
  }
}

/**
 * An intercepting route in a slot of the page being left that matches the target
 * URL. Its segments are absolute: `@modal/(..)photo/[id]` under `/feed` catches
 * `/photo/1`, outside the layout that shows it (Next: test/e2e/app-dir/parallel-routes-and-interception,
 * "should render modal when paired with parallel routes").
 */
function slotInterception(base: RouteMatch<AppRoute>, parts: string[], from: string[]): SlotOverride | undefined {
  for (const owner of base.route.chain as SegmentFiles[]) {
    for (const slot of owner.slots ?? []) {
      const eligible = splitIntercepting(slot.routes).intercepting.filter((route) => underPrefix(route.intercept!.from, from));
      const hit = matchRoute(eligible, parts);
      if (hit) return { owner: owner.dir, name: slot.name, route: hit.route, params: hit.params };
    }
  }
  return undefined;
}

/**
 * `intercepted` is set when the answer depends on where the navigation started:
 * the client then keeps sending that page as `next-url` (rsc/render.tsx `interceptedFrom`).
 */
export function resolveAppRoute(routes: SplitRoutes, parts: string[], from: string[] | undefined): ResolvedRoute {
  const match = matchAppRoute(routes, parts, from);
  if (!from) return { match };
  if (match?.route.intercept) return { match, intercepted: true };
  const base = matchAppRoute(routes, from);
  const slotOverride = base ? slotInterception(base, parts, from) : undefined;
  if (!slotOverride) return { match };
  return { match: { route: base!.route, params: { ...base!.params, ...slotOverride.params } }, slotOverride, intercepted: true };
}
