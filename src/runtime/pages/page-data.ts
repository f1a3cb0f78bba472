// The data stage of a Pages Router request: which data function runs
// (getServerSideProps, getStaticProps with getStaticPaths' fallback, or
// getInitialProps of the page / `_app`), with what context, and what it decided.
// Pure of rendering; server.ts turns the outcome into HTML or JSON.
import type { ComponentType } from "react";
import DefaultApp, { loadGetInitialProps, type AppContext } from "../../shims/app";
import type { NextPageContext } from "../../shims/page-context";
import type { Params } from "../routing/match";
import type { UrlSegment } from "../routing/segments";
import { checkDataResult, runGetStaticPaths, type StaticPaths } from "./data";
import { PagesRequest } from "./node-request";
import { PagesResponse } from "./node-response";
import { readPreview, type PreviewState } from "./preview";
import { buildQuery, type Query } from "./query";
import { routerSnapshot, serverMethods } from "./router-snapshot";
import type { RouterState } from "./router-types";

type AnyComponent = ComponentType<Record<string, unknown>> & { getInitialProps?: (ctx: NextPageContext) => unknown };
type AppComponent = ComponentType<Record<string, unknown>> & { getInitialProps?: (ctx: AppContext) => unknown };
type DataFn = (ctx: Record<string, unknown>) => unknown;

export interface LocaleInfo {
  locale?: string;
  locales?: string[];
  defaultLocale?: string;
}

export interface PageInput extends LocaleInfo {
  request: Request;
  url: URL;
  /** The page's URL path (a data request's `/_next/data/<id>` prefix and `.json` removed). */
  pathname: string;
  page: string;
  segments: readonly UrlSegment[];
  params: Params;
  module: Record<string, unknown>;
  App: AppComponent;
  /** A `/_next/data` request: only the data functions run. */
  data: boolean;
  prerendering: boolean;
  /** getStaticPaths results, cached per page for the life of the server (build data in Next). */
  staticPaths: (page: string, load: () => Promise<StaticPaths>) => Promise<StaticPaths>;
}

export interface Rendered {
  kind: "render";
  props: { pageProps: Record<string, unknown>; [key: string]: unknown };
  state: RouterState;
  status: number;
  headers: Headers;
  flags: { gssp?: boolean; gsp?: boolean; gip?: boolean; appGip?: boolean; autoExport?: boolean; isPreview?: boolean };
  revalidate?: number | false;
}

export type PageOutcome =
  | Rendered
  | { kind: "notFound" }
  | { kind: "redirect"; destination: string; status: number; basePath?: false }
  | { kind: "response"; response: Promise<Response> };

export const GSSP_CACHE_CONTROL = "private, no-cache, no-store, max-age=0, must-revalidate";

export function isCustomAppGip(App: AppComponent): boolean {
  return typeof App.getInitialProps === "function" && App.getInitialProps !== (DefaultApp as unknown as AppComponent).getInitialProps;
}

/** Runs `_app` (or the page's) getInitialProps with Next's context objects. */
export async function runInitialProps(App: AppComponent, Component: AnyComponent, state: RouterState, ctx: Omit<NextPageContext, "AppTree">): Promise<Record<string, unknown>> {
  const AppTree = () => null;
  const pageCtx: NextPageContext = { ...ctx, AppTree };
  if (isCustomAppGip(App)) {
    const props = (await App.getInitialProps!({ Component, AppTree, ctx: pageCtx, router: routerSnapshot(state, serverMethods) })) as Record<string, unknown>;
    return { ...props, pageProps: (props?.pageProps as Record<string, unknown>) ?? {} };
  }
  return { pageProps: await loadGetInitialProps(Component, pageCtx) };
}

export async function resolvePage(input: PageInput): Promise<PageOutcome> {
  const { module, page, params, url, App } = input;
  const Component = module.default as AnyComponent;
  const gssp = module.getServerSideProps as DataFn | undefined;
  const gsp = module.getStaticProps as DataFn | undefined;
  const gip = typeof Component?.getInitialProps === "function";
  const appGip = isCustomAppGip(App);
  const locale: LocaleInfo = { locale: input.locale, locales: input.locales, defaultLocale: input.defaultLocale };
  const search = url.searchParams;
  const full = input.pathname + url.search;
  const req = new PagesRequest(input.request, url);
  const res = new PagesResponse();
  // Preview / draft mode (preview.ts): data functions hear it, pre-rendered pages render per request.
  const preview: PreviewState = input.prerendering ? { preview: false, previewData: undefined, draftMode: false } : await readPreview(input.request.headers.get("cookie"));
  const previewContext = { preview: preview.preview, previewData: preview.previewData, draftMode: preview.draftMode };
  const state = (query: Query, asPath: string, isReady: boolean, isFallback = false): RouterState => ({
    pathname: page,
    query,
    asPath,
    isFallback,
    isReady,
    isPreview: preview.preview,
    isLocaleDomain: false,
    ...locale,
  });
  const render = async (pageProps: Record<string, unknown>, routerState: RouterState, flags: Rendered["flags"], revalidate?: number | false): Promise<Rendered> => {
    // A custom _app's getInitialProps runs for every page render; data props win for pageProps.
    const appProps = appGip && !input.data ? await runInitialProps(App, Component, routerState, { req, res, pathname: page, query: routerState.query, asPath: routerState.asPath, ...locale }) : { pageProps: {} };
    const props = { ...appProps, pageProps: { ...(appProps.pageProps as object), ...pageProps } };
    const headers = res.webHeaders();
    // A preview or draft render is for this visitor only.
    if (preview.preview || preview.draftMode) headers.set("cache-control", GSSP_CACHE_CONTROL);
    return { kind: "render", props, state: routerState, status: res.statusCode, headers, flags: { ...flags, ...(appGip && { appGip }), ...(preview.preview && { isPreview: true }) }, ...(revalidate !== undefined && { revalidate }) };
  };

  if (gssp) {
    const query = buildQuery(params, search);
    const result = await checkDataResult(await gssp({ params, query, req, res, resolvedUrl: full, ...locale, ...previewContext }), "getServerSideProps", page);
    if (res.headersSent) return { kind: "response", response: res.response };
    if (result.kind !== "props") return result;
    const rendered = await render(result.props, state(query, full, true), { gssp: true });
    if (!rendered.headers.has("cache-control")) rendered.headers.set("cache-control", GSSP_CACHE_CONTROL);
    return rendered;
  }
  if (gsp) {
    const routeState = state({ ...params }, input.pathname, false);
    let fallback = false;
    if (input.segments.some((s) => s.kind !== "static")) {
      const getStaticPaths = module.getStaticPaths as DataFn | undefined;
      if (!getStaticPaths) throw new Error(`[vinext] pages${page}: a dynamic page with getStaticProps must also export getStaticPaths.`);
      const paths = await input.staticPaths(page, () => runGetStaticPaths(getStaticPaths, input.segments, page, locale));
      // A path listed without a locale is for the default locale only (as in Next).
      const listed = paths.entries.some((entry) => samePath(entry.path, input.pathname) && (entry.locale ?? input.defaultLocale) === input.locale);
      if (!listed && paths.fallback === false) return { kind: "notFound" };
      // In preview mode the page renders with its data at once (Next: test/integration/prerender-preview).
      fallback = !listed && paths.fallback === true && !input.data && !input.prerendering && !preview.preview;
    }
    // fallback: true serves the fallback page at once; the browser then fetches the data (router.isFallback).
    if (fallback) return render({}, state({}, input.pathname, false, true), { gsp: true });
    const result = await checkDataResult(await gsp({ params, ...locale, ...previewContext, revalidateReason: input.prerendering ? "build" : "stale" }), "getStaticProps", page);
    if (result.kind !== "props") return result;
    return render(result.props, routeState, { gsp: true }, result.revalidate);
  }
  if (input.data) return { kind: "notFound" };
  if (gip || appGip) {
    const query = buildQuery(params, search);
    const routerState = state(query, full, true);
    const props = gip && !appGip ? { pageProps: await loadGetInitialProps(Component, { req, res, pathname: page, query, asPath: full, AppTree: () => null, ...locale }) } : await runInitialProps(App, Component, routerState, { req, res, pathname: page, query, asPath: full, ...locale });
    if (res.headersSent) return { kind: "response", response: res.response };
    return { kind: "render", props: props as Rendered["props"], state: routerState, status: res.statusCode, headers: res.webHeaders(), flags: { ...(gip && { gip }), ...(appGip && { appGip }) } };
  }
  // No data functions: a static page (Next's automatic static optimization); the query fills in after hydration.
  return { kind: "render", props: { pageProps: {} }, state: state({ ...params }, input.pathname, false), status: 200, headers: new Headers(), flags: { autoExport: true } };
}

function samePath(a: string, b: string): boolean {
  const decode = (p: string) => {
    try {
      return decodeURI(p);
    } catch {
      return p;
    }
  };
  return decode(a) === decode(b);
}
