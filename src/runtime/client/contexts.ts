// React contexts shared by the client router and the next/* client shims.
// One module so the ssr and browser graphs each hold exactly one instance.
import { createContext } from "react";
import type { Params } from "../routing/match";

export interface NavigationState {
  pathname: string;
  searchParams: URLSearchParams;
  params: Params;
}

export interface NavigateOptions {
  scroll?: boolean;
}

export interface AppRouterInstance {
  push(href: string, options?: NavigateOptions): void;
  replace(href: string, options?: NavigateOptions): void;
  back(): void;
  forward(): void;
  refresh(): void;
  prefetch(href: string): void;
}

export const NavigationContext = createContext<NavigationState | null>(null);

/** During SSR the router cannot navigate; methods do nothing, as in Next. */
const serverRouter: AppRouterInstance = {
  push() {},
  replace() {},
  back() {},
  forward() {},
  refresh() {},
  prefetch() {},
};

export const RouterContext = createContext<AppRouterInstance>(serverRouter);

/** Active segments below the nearest layout, keyed by slot ("children", or an @name). */
export const LayoutSegmentsContext = createContext<Record<string, string[]>>({ children: [] });
