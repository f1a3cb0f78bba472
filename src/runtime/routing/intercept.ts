// Intercepting routes (`(.)x`, `(..)x`, `(..)(..)x`, `(...)x` folders): during a
// client navigation from a URL under the interceptor's `from` prefix, the
// intercepting route replaces the normal one; a hard load always gets the normal route.
// https://nextjs.org/docs/app/api-reference/file-conventions/intercepting-routes
import type { AppRoute } from "./app-manifest";
import { matchRoute, type RouteMatch } from "./match";
import type { UrlSegment } from "./segments";

/** True when `parts` starts with a URL matching the `prefix` segments. */
export function underPrefix(prefix: readonly UrlSegment[], parts: readonly string[]): boolean {
  for (let i = 0; i < prefix.length; i++) {
    const segment = prefix[i]!;
    if (segment.kind === "optionalCatchAll") return true;
    if (segment.kind === "catchAll") return parts.length > i;
    const part = parts[i];
    if (part === undefined) return false;
    if (segment.kind === "static" && segment.value !== part) return false;
  }
  return true;
}

export interface SplitRoutes {
  normal: AppRoute[];
  intercepting: AppRoute[];
}

/** Splits routes once (module load), so matching does no per-request filtering. */
export function splitIntercepting(routes: readonly AppRoute[]): SplitRoutes {
  return { normal: routes.filter((r) => !r.intercept), intercepting: routes.filter((r) => r.intercept) };
}

/**
 * The route for `parts`; `from` (the URL the client navigates from) lets an
 * intercepting route win when that URL is under its prefix.
 */
export function matchAppRoute(routes: SplitRoutes, parts: readonly string[], from?: readonly string[]): RouteMatch<AppRoute> | null {
  if (from) {
    const eligible = routes.intercepting.filter((route) => underPrefix(route.intercept!.from, from));
    const hit = matchRoute(eligible, parts);
    if (hit) return hit;
  }
  return matchRoute(routes.normal, parts);
}
