// Hydrates a Pages Router document: reads __NEXT_DATA__, loads `_app` and the
// page's module, and renders the same tree the server rendered into #__next,
// then hands control to the client router (runtime/pages/client-router.ts).
import { useEffect, useLayoutEffect, useMemo, useRef, useSyncExternalStore, type ReactNode } from "react";
import { hydrateRoot } from "react-dom/client";
import { appRoutes, config, manifest, modules } from "virtual:vinext/pages-routes";
import DefaultApp from "../../shims/app";
import DefaultError from "../../shims/error-page";
import { matchRoute, splitPathname } from "../routing/match";
import { locate } from "./client-locale";
import { appLocation, ClientRouter, type AnyComponent } from "./client-router";
import { createBrowserHead } from "./head";
import { createLinkNavigator } from "./link-navigator";
import { NEXT_DATA_ID, type NextData } from "./next-data";
import { routerSnapshot, serverMethods } from "./router-snapshot";
import { singletonRouter, setSingletonRouter } from "./singleton";
import { PagesTree } from "./tree";

const head = createBrowserHead();

function PagesRoot({ router, onHydrated }: { router: ClientRouter; onHydrated: () => void }): ReactNode {
  const view = useSyncExternalStore(router.subscribe, router.getView, router.getView);
  const hydrated = useRef(false);
  useLayoutEffect(() => router.committed(), [router, view]);
  useEffect(() => {
    if (hydrated.current) return;
    hydrated.current = true;
    onHydrated();
  }, [onHydrated]);
  const link = useMemo(() => createLinkNavigator(router.methods, (url, locale) => router.localize(url, locale)), [router]);
  return <PagesTree App={router.App} Component={view.Component} props={view.props} router={view.router} head={head} link={link} params={view.params} />;
}

async function loadErrorPage(page: string): Promise<Record<string, unknown>> {
  const loader = modules[page] ?? (page === "/404" || page === "/500" ? modules["/_error"] : undefined);
  return loader ? loader() : { default: DefaultError };
}

export async function hydratePages(): Promise<void> {
  const element = document.getElementById(NEXT_DATA_ID);
  if (!element?.textContent) throw new Error("[vinext] __NEXT_DATA__ is missing: this document was not rendered by the Pages Router.");
  const data = JSON.parse(element.textContent) as NextData;
  (window as unknown as { __NEXT_DATA__: NextData }).__NEXT_DATA__ = data;
  const [appModule, pageModule] = await Promise.all([modules["/_app"]?.(), modules[data.page] ? modules[data.page]!() : loadErrorPage(data.page)]);
  const App = (appModule?.default ?? DefaultApp) as AnyComponent;
  const Component = pageModule.default as AnyComponent;
  const route = manifest.routes.find((r) => r.page === data.page);
  const here = locate(appLocation(), data.locale, data, config.i18n);
  const params = route ? (matchRoute([route], splitPathname(here.pathname))?.params ?? {}) : {};
  const isReady = !!(data.gssp || data.gip || (data.appGip && !data.gsp)) && !data.isFallback;
  // The same asPath the server rendered with (no hash; no search for static and getStaticProps pages).
  const asPath = isReady || !route ? here.pathname + window.location.search : here.pathname;
  const state = {
    pathname: data.page,
    query: data.query,
    asPath,
    isFallback: !!data.isFallback,
    isReady,
    isPreview: !!data.isPreview,
    isLocaleDomain: false,
    ...(data.locale && { locale: data.locale, locales: data.locales, defaultLocale: data.defaultLocale }),
  };
  const router = new ClientRouter({
    manifest,
    modules,
    buildId: data.buildId,
    App,
    initial: { router: routerSnapshot(state, serverMethods), Component, props: data.props, params },
    loadErrorPage,
    appRoutes,
    i18n: config.i18n,
  });
  setSingletonRouter(() => router.view.router);
  (window as unknown as { next: unknown }).next = { version: "vinext", router: singletonRouter };
  const onHydrated = () => void router.start(!!data.isFallback);
  hydrateRoot(document.getElementById("__next")!, <PagesRoot router={router} onHydrated={onHydrated} />);
}
