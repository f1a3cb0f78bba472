// next/navigation for client components (browser and SSR).
// https://nextjs.org/docs/app/api-reference/functions/use-router
import { useContext, useMemo } from "react";
import { NavigationContext, RouterContext, type AppRouterInstance, type NavigationState } from "../runtime/client/contexts";
import type { Params } from "../runtime/routing/match";
import { ReadonlyURLSearchParams } from "./readonly-search-params";

export type { AppRouterInstance };
export { notFound, forbidden, unauthorized, redirect, permanentRedirect, unstable_rethrow, RedirectType } from "./navigation-control";
export { ReadonlyURLSearchParams };

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

export function useParams<T extends Params = Params>(): T {
  return useNavigationState("useParams").params as T;
}
