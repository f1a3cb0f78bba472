// next/navigation for client components (browser and SSR).
// https://nextjs.org/docs/app/api-reference/functions/use-router
import { useContext, useMemo } from "react";
import { LayoutSegmentsContext, NavigationContext, RouterContext, type AppRouterInstance, type NavigationState } from "../runtime/client/contexts";
import type { Params } from "../runtime/routing/match";
import { ReadonlyURLSearchParams } from "./readonly-search-params";

export type { AppRouterInstance };
export { notFound, forbidden, unauthorized, redirect, permanentRedirect, unstable_rethrow, RedirectType } from "./navigation-control";
export { ReadonlyURLSearchParams };
export { useServerInsertedHTML } from "../runtime/client/server-inserted-html";

function useNavigationState(hook: string): NavigationState {
  const state = useContext(NavigationContext);
  if (!state) throw new Error(`[vinext] ${hook}() must be called inside the App Router tree.`);
  return state;
}

export function useRouter(): AppRouterInstance {
  return useContext(RouterContext);
}

export function usePathname(): string {
  return useNavigationState("usePathname").pathname;
}

export function useSearchParams(): ReadonlyURLSearchParams {
  const { searchParams } = useNavigationState("useSearchParams");
  return useMemo(() => new ReadonlyURLSearchParams(searchParams), [searchParams]);
}

/**
 * The active segment one level below the layout that renders the caller
 * (`parallelRoutesKey` picks a slot), or null at the leaf.
 * https://nextjs.org/docs/app/api-reference/functions/use-selected-layout-segment
 */
export function useSelectedLayoutSegment(parallelRoutesKey = "children"): string | null {
  return useContext(LayoutSegmentsContext)[parallelRoutesKey]?.[0] ?? null;
}

/** Every active segment below the layout that renders the caller. */
export function useSelectedLayoutSegments(parallelRoutesKey = "children"): string[] {
  return useContext(LayoutSegmentsContext)[parallelRoutesKey] ?? [];
}

export function useParams<T extends Params = Params>(): T {
  return useNavigationState("useParams").params as T;
}
