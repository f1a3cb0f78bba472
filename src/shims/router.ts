// next/router: the Pages Router's router. `useRouter()` and `withRouter` read
// the router of the page being rendered; the default export forwards to the
// live router in the browser (`Router.push`, `Router.events`).
// https://nextjs.org/docs/pages/api-reference/functions/use-router
import { createElement, useContext, type ComponentType } from "react";
import { PagesRouterContext } from "../runtime/pages/contexts";
import type { NextRouter } from "../runtime/pages/router-types";
import { singletonRouter } from "../runtime/pages/singleton";

export type { NextRouter };
export type { PopStateInfo, TransitionOptions, Url } from "../runtime/pages/router-types";
export type SingletonRouter = typeof singletonRouter;

/**
 * The router of the current page. Throws outside the Pages Router (in the App
 * Router use next/navigation, or next/compat/router for components used in both).
 */
export function useRouter(): NextRouter {
  const router = useContext(PagesRouterContext);
  if (!router) throw new Error("NextRouter was not mounted. https://nextjs.org/docs/messages/next-router-not-mounted");
  return router;
}

export interface WithRouterProps {
  router: NextRouter;
}

/** Injects `router` as a prop. */
export function withRouter<P extends WithRouterProps>(Composed: ComponentType<P>): ComponentType<Omit<P, "router">> {
  function WithRouter(props: Omit<P, "router">) {
    return createElement(Composed as ComponentType<Record<string, unknown>>, { ...props, router: useRouter() });
  }
  (WithRouter as { getInitialProps?: unknown }).getInitialProps = (Composed as { getInitialProps?: unknown }).getInitialProps;
  WithRouter.displayName = `withRouter(${Composed.displayName || Composed.name || "Unknown"})`;
  return WithRouter;
}

export const Router = singletonRouter;
export default singletonRouter;
