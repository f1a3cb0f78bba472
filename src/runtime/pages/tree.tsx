// The React tree of a Pages Router page, identical on the server and in the
// browser (so hydration matches): the router and head contexts around `_app`,
// plus the App Router contexts next/navigation reads, adapted to this router
// (Next offers useRouter/usePathname/useSearchParams from next/navigation in pages too).
import { useMemo, type ComponentType, type ReactNode } from "react";
import { NavigationContext, RouterContext, type AppRouterInstance } from "../client/contexts";
import type { Params } from "../routing/match";
import { HeadManagerContext, PagesLinkContext, PagesRouterContext, type HeadManager, type PagesLinkNavigator } from "./contexts";
import type { NextRouter } from "./router-types";

export interface PagesTreeProps {
  App: ComponentType<Record<string, unknown>>;
  Component: ComponentType<Record<string, unknown>>;
  /** `{ pageProps, ...appProps }` as returned by the data functions / `_app.getInitialProps`. */
  props: Record<string, unknown>;
  router: NextRouter;
  head: HeadManager;
  link: PagesLinkNavigator;
  params: Params;
}

function appRouterAdapter(router: NextRouter): AppRouterInstance {
  return {
    push: (href, options) => void router.push(href, undefined, { scroll: options?.scroll }),
    replace: (href, options) => void router.replace(href, undefined, { scroll: options?.scroll }),
    back: () => router.back(),
    forward: () => router.forward(),
    refresh: () => void router.replace(router.asPath),
    prefetch: (href) => void router.prefetch(href),
  };
}

export function PagesTree({ App, Component, props, router, head, link, params }: PagesTreeProps): ReactNode {
  const adapter = useMemo(() => appRouterAdapter(router), [router]);
  const navigation = useMemo(() => {
    const url = new URL(router.asPath, "http://n");
    return { pathname: url.pathname, searchParams: url.searchParams, params };
  }, [router.asPath, params]);
  return (
    <PagesRouterContext.Provider value={router}>
      <RouterContext.Provider value={adapter}>
        <NavigationContext.Provider value={navigation}>
          <PagesLinkContext.Provider value={link}>
            <HeadManagerContext.Provider value={head}>
              <App {...props} Component={Component} router={router} />
            </HeadManagerContext.Provider>
          </PagesLinkContext.Provider>
        </NavigationContext.Provider>
      </RouterContext.Provider>
    </PagesRouterContext.Provider>
  );
}
