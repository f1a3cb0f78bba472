// The Pages Router in the browser: client transitions (page module + data from
// `/_next/data/<buildId>/<path>.json`, or getInitialProps), history and
// popstate with beforePopState, shallow routing, Router.events, prefetching and
// scroll restoration on back/forward. Next: test/integration/client-navigation,
// test/integration/getserversideprops, test/e2e/prerender (fallback pages).
import type { ComponentType } from "react";
import { addBasePath, removeBasePath } from "../base-path";
import { compareRoutes, matchRoute, splitPathname, type Matchable, type Params } from "../routing/match";
import { locate, localizeHref, type Located } from "./client-locale";
import type { I18nConfig, PageModuleLoader, PagesManifest } from "./manifest";
import { runClientInitialProps } from "./client-props";
import { buildQuery } from "./query";
import { resolveAs, urlToString } from "./href";
import { routerEvents } from "./router-events";
import { routerSnapshot, type RouterMethods } from "./router-snapshot";
import type { NextRouter, PopStateInfo, RouterState, TransitionOptions, Url } from "./router-types";
import { restoreScroll, saveScroll, scrollAfterNavigation } from "./scroll";

export type AnyComponent = ComponentType<Record<string, unknown>>;

/** What the tree renders: one immutable value per router state. */
export interface RouterView {
  router: NextRouter;
  Component: AnyComponent;
  props: Record<string, unknown>;
  params: Params;
}

interface HistoryState extends PopStateInfo {
  __N: true;
  key: string;
}

type Method = "pushState" | "replaceState" | "pop";
/** `rewrite`: the path middleware rewrote the page to (its page may differ from the one the URL matches). */
type DataResult = { kind: "props"; pageProps: Record<string, unknown>; rewrite?: string } | { kind: "redirect"; destination: string; outsideBasePath?: boolean } | { kind: "document" };

const newKey = () => Math.random().toString(36).slice(2, 10);

/** The address bar's URL in app space: next.config basePath removed (routes, asPath and locales live there). */
export function appLocation(href = window.location.href): URL {
  const url = new URL(href);
  url.pathname = removeBasePath(url.pathname);
  return url;
}

export interface ClientRouterOptions {
  manifest: PagesManifest;
  modules: Record<string, PageModuleLoader>;
  buildId: string;
  App: AnyComponent;
  initial: RouterView;
  loadErrorPage: (page: string) => Promise<Record<string, unknown>>;
  /** App Router patterns: where one wins, the transition is a document navigation. */
  appRoutes: Matchable[];
  i18n?: I18nConfig;
}

export class ClientRouter {
  view: RouterView;
  readonly App: AnyComponent;
  #listeners = new Set<() => void>();
  #commits: (() => void)[] = [];
  #changeId = 0;
  #key = newKey();
  #beforePop: ((state: PopStateInfo) => boolean) | undefined;
  #ssgCache = new Map<string, Promise<DataResult>>();
  #inflight = new Map<string, Promise<DataResult>>();
  readonly methods: RouterMethods;

  constructor(private readonly options: ClientRouterOptions) {
    this.App = options.App;
    this.methods = {
      push: (url, as, opts) => this.change("pushState", url, as, opts ?? {}),
      replace: (url, as, opts) => this.change("replaceState", url, as, opts ?? {}),
      reload: () => window.location.reload(),
      back: () => window.history.back(),
      forward: () => window.history.forward(),
      prefetch: (url, as, opts) => this.prefetch(as ?? url, opts?.locale),
      beforePopState: (callback) => void (this.#beforePop = callback),
    };
    this.view = { ...options.initial, router: routerSnapshot(options.initial.router, this.methods) };
  }

  subscribe = (listener: () => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  getView = () => this.view;

  /** Called by the tree after each commit of a new view. */
  committed(): void {
    for (const resolve of this.#commits.splice(0)) resolve();
  }

  #setView(state: RouterState, Component: AnyComponent, props: Record<string, unknown>, params: Params): Promise<void> {
    this.view = { router: routerSnapshot(state, this.methods), Component, props, params };
    const committed = new Promise<void>((resolve) => this.#commits.push(resolve));
    for (const listener of this.#listeners) listener();
    return committed;
  }

  /** After hydration: history state, popstate, the query from the URL (isReady), fallback data. */
  async start(isFallback: boolean): Promise<void> {
    window.history.scrollRestoration = "manual";
    const { router } = this.view;
    window.history.replaceState(this.#historyState(router.asPath, router.asPath, { locale: router.locale }), "", window.location.href);
    window.addEventListener("popstate", (event) => void this.#onPopState(event));
    window.addEventListener("pagehide", () => saveScroll(this.#key));
    if (isFallback) {
      await this.change("replaceState", router.asPath, undefined, { scroll: false, locale: router.locale, _fallback: true } as TransitionOptions);
      return;
    }
    if (!router.isReady) {
      const url = appLocation();
      const { asPath } = locate(url, router.locale, router, this.options.i18n);
      const state: RouterState = { ...router, query: buildQuery(this.view.params, url.searchParams), asPath, isReady: true };
      await this.#setView(state, this.view.Component, this.view.props, this.view.params);
    }
  }

  #historyState(url: string, as: string, options: TransitionOptions): HistoryState {
    return { url, as, options: { shallow: options.shallow, scroll: options.scroll, locale: options.locale }, __N: true, key: this.#key };
  }

  /** The href next/link renders for a local URL: with the locale prefix. */
  localize(url: string, locale: string | false | undefined): string {
    return localizeHref(url, locale, this.view.router, this.options.i18n);
  }

  async #onPopState(event: PopStateEvent): Promise<void> {
    const state = event.state as HistoryState | null;
    if (!state) {
      // A hash link the browser followed itself: record it as ours.
      const { router } = this.view;
      const { asPath } = locate(appLocation(), router.locale, router, this.options.i18n);
      window.history.replaceState(this.#historyState(router.asPath, asPath, { locale: router.locale }), "", window.location.href);
      return;
    }
    if (!state.__N) return;
    if (this.#beforePop && !this.#beforePop({ url: state.url, as: state.as, options: state.options })) return;
    saveScroll(this.#key);
    this.#key = state.key;
    await this.change("pop", state.as, undefined, { ...state.options });
  }

  /** A document load of an app-space URL (under the basePath when it is ours). */
  #document(href: string): false {
    const url = new URL(href, window.location.href);
    window.location.href = url.origin === window.location.origin ? url.origin + addBasePath(url.pathname + url.search + url.hash) : url.href;
    return false;
  }

  async #loadPage(page: string): Promise<Record<string, unknown>> {
    const loader = this.options.modules[page];
    return loader ? loader() : this.options.loadErrorPage(page);
  }

  #fetchData(located: Located, ssg: boolean): Promise<DataResult> {
    const href = addBasePath(located.dataPath(this.options.buildId));
    const cached = (ssg ? this.#ssgCache : this.#inflight).get(href);
    if (cached) return cached;
    const request = fetch(href, { credentials: "same-origin", headers: { "x-nextjs-data": "1" } }).then(async (res): Promise<DataResult> => {
      // Middleware redirected the page (server/data-request.ts): follow it like a getServerSideProps redirect.
      const moved = res.headers.get("x-nextjs-redirect");
      if (moved !== null) {
        await res.body?.cancel();
        return { kind: "redirect", destination: moved.startsWith("/") ? removeBasePath(moved) : moved };
      }
      if (!res.ok) return { kind: "document" };
      const body = (await res.json()) as { pageProps?: Record<string, unknown> };
      const redirect = body.pageProps?.__N_REDIRECT;
      if (typeof redirect === "string") return { kind: "redirect", destination: redirect, outsideBasePath: body.pageProps?.__N_REDIRECT_BASE_PATH === false };
      const rewrite = res.headers.get("x-nextjs-rewrite");
      return { kind: "props", pageProps: body.pageProps ?? {}, ...(rewrite !== null && { rewrite }) };
    });
    const cache = ssg ? this.#ssgCache : this.#inflight;
    cache.set(href, request);
    request.then(
      (result) => (!ssg || result.kind !== "props") && cache.delete(href),
      () => cache.delete(href),
    );
    return request;
  }

  /** The pages route for a URL, unless an API route or a (more specific) app route serves it. */
  #match(parts: string[]) {
    const match = matchRoute(this.options.manifest.routes, parts);
    if (!match || match.route.kind !== "page") return undefined;
    const app = matchRoute(this.options.appRoutes, parts);
    return app && compareRoutes(app.route, match.route) <= 0 ? undefined : match;
  }

  /** The page that renders a middleware rewrite's destination (locale prefix removed). */
  #rewrittenPage(rewrite: string): string | undefined {
    try {
      const located = locate(appLocation(new URL(rewrite, window.location.href).href), undefined, this.view.router, this.options.i18n);
      return this.#match(splitPathname(located.pathname))?.route.page;
    } catch {
      return undefined;
    }
  }

  async prefetch(url: Url, locale?: string | false): Promise<void> {
    const target = resolveAs(url, undefined, appLocation().href);
    if (target.origin !== window.location.origin) return;
    const located = locate(target, locale, this.view.router, this.options.i18n);
    let match;
    try {
      match = this.#match(splitPathname(located.pathname));
    } catch {
      return;
    }
    if (!match) return;
    const module = await this.#loadPage(match.route.page).catch(() => undefined);
    if (module?.__N_SSG) await this.#fetchData(located, true).catch(() => undefined);
  }

  async change(method: Method, url: Url, as: Url | undefined, options: TransitionOptions & { _fallback?: boolean }): Promise<boolean> {
    const target = resolveAs(url, as, appLocation().href);
    if (target.origin !== window.location.origin) return this.#document(target.href);
    const current = this.view.router;
    const located = locate(target, options.locale, current, this.options.i18n);
    const { asPath, display } = located;
    const localeState = located.locale ? { locale: located.locale } : {};
    const id = ++this.#changeId;
    const shallow = !!options.shallow;
    const currentUrl = new URL(current.asPath, window.location.href);
    if (method !== "pop" && target.hash && located.pathname === currentUrl.pathname && target.search === currentUrl.search && located.locale === current.locale) {
      routerEvents.emit("hashChangeStart", asPath, { shallow });
      window.history[method](this.#historyState(urlToString(url), asPath, options), "", addBasePath(display));
      await this.#setView({ ...current, asPath }, this.view.Component, this.view.props, this.view.params);
      scrollAfterNavigation(target.hash, options.scroll);
      routerEvents.emit("hashChangeComplete", asPath, { shallow });
      return true;
    }
    let parts: string[];
    try {
      parts = splitPathname(located.pathname);
    } catch {
      return this.#document(target.href);
    }
    const match = this.#match(parts);
    if (!match) return this.#document(target.href);
    const page = match.route.page;
    routerEvents.emit("routeChangeStart", asPath, { shallow });
    const cancelled = () => {
      if (id === this.#changeId) return false;
      routerEvents.emit("routeChangeError", Object.assign(new Error("Route Cancelled"), { cancelled: true }), asPath, { shallow });
      return true;
    };
    try {
      const query = buildQuery(match.params, target.searchParams);
      let Component = this.view.Component;
      let props = this.view.props;
      if (!(shallow && page === current.pathname) || options._fallback) {
        const module = await this.#loadPage(page);
        if (cancelled()) return false;
        Component = module.default as AnyComponent;
        if (module.__N_SSP || module.__N_SSG) {
          const data = await this.#fetchData(located, !!module.__N_SSG);
          if (cancelled()) return false;
          if (data.kind === "document") return this.#document(target.href);
          if (data.kind === "redirect") {
            // `redirect.basePath: false` leaves the app: a document load of the destination as given.
            if (data.outsideBasePath) {
              window.location.href = new URL(data.destination, window.location.href).href;
              return false;
            }
            if (!data.destination.startsWith("/")) return this.#document(data.destination);
            return this.change(method === "pop" ? "replaceState" : method, data.destination, undefined, options);
          }
          props = { pageProps: data.pageProps };
          const rewritten = data.rewrite === undefined ? undefined : this.#rewrittenPage(data.rewrite);
          if (rewritten && rewritten !== page) {
            Component = (await this.#loadPage(rewritten)).default as AnyComponent;
            if (cancelled()) return false;
          }
        } else {
          const state = { ...current, ...localeState, pathname: page, query, asPath, isReady: true, isFallback: false };
          props = await runClientInitialProps(this.App, Component, routerSnapshot(state, this.methods));
          if (cancelled()) return false;
        }
      }
      routerEvents.emit("beforeHistoryChange", asPath, { shallow });
      if (method !== "pop") {
        saveScroll(this.#key);
        if (method === "pushState") this.#key = newKey();
        window.history[method](this.#historyState(urlToString(url), asPath, { ...options, locale: located.locale }), "", addBasePath(display));
      }
      await this.#setView({ ...current, ...localeState, pathname: page, query, asPath, isReady: true, isFallback: false }, Component, props, match.params);
      if (located.locale && located.locale !== current.locale) document.documentElement.lang = located.locale;
      if (method === "pop") restoreScroll(this.#key);
      else scrollAfterNavigation(target.hash, options.scroll);
      routerEvents.emit("routeChangeComplete", asPath, { shallow });
      return true;
    } catch (error) {
      if (cancelled()) return false;
      routerEvents.emit("routeChangeError", error, asPath, { shallow });
      console.error(`[vinext] Client navigation to ${asPath} failed; loading it as a document instead.`, error);
      return this.#document(target.href);
    }
  }
}
