// The Pages Router's side of the request pipeline, in the ssr environment
// (reached from the rsc handler through plugin-rsc's loadModule; see
// runtime/pages/dispatch.ts): renders pages, answers `/_next/data` requests,
// runs API routes, renders 404/500/_error, and lists static paths for the
// build-time prerender.
import type { ComponentType } from "react";
import assets from "virtual:vinext/pages-assets";
import { config, manifest, modules } from "virtual:vinext/pages-routes";
import { serverConfig } from "virtual:vinext/server-config";
import DefaultApp from "../../shims/app";
import DefaultDocument from "../../shims/document";
import DefaultError from "../../shims/error-page";
import type { Params } from "../routing/match";
import { fillPattern } from "../routing/fill-pattern";
import { errorDocument } from "../server/error-document";
import { errorDigest } from "../server/errors";
import { runApiRoute } from "./api";
import { runGetStaticPaths, type StaticPaths } from "./data";
import { dataPathFor } from "./data-path";
import { addLocalePrefix } from "./i18n";
import { addBasePath } from "../base-path";
import { PAGES_ISR_HEADER } from "./isr-marker";
import type { NextData } from "./next-data";
import { PagesRequest } from "./node-request";
import { PagesResponse } from "./node-response";
import { isCustomAppGip, resolvePage, runInitialProps, type LocaleInfo, type Rendered } from "./page-data";
import { renderDocument, type DocumentComponent } from "./render";
import { routerSnapshot, serverMethods } from "./router-snapshot";
import { isStaticExport } from "../server/static-export";

export interface PagesDispatchInput extends LocaleInfo {
  request: Request;
  kind: "page" | "data" | "api" | "not-found";
  /** The matched page ("/blog/[slug]"); unused for "not-found". */
  page: string;
  params: Params;
  /** The page's URL path (without a data request's prefix or a locale prefix). */
  pathname: string;
  prerendering?: boolean;
}

type AnyComponent = ComponentType<Record<string, unknown>>;

const staticPathsCache = new Map<string, Promise<StaticPaths>>();
function staticPaths(page: string, load: () => Promise<StaticPaths>): Promise<StaticPaths> {
  if (import.meta.env.DEV) return load();
  let cached = staticPathsCache.get(page);
  if (!cached) {
    cached = load();
    staticPathsCache.set(page, cached);
    cached.catch(() => staticPathsCache.delete(page));
  }
  return cached;
}

const has = (page: string) => (manifest.special as string[]).includes(page);
const load = async (page: string) => (modules[page] ? await modules[page]() : undefined);

async function loadApp() {
  return ((await load("/_app"))?.default ?? DefaultApp) as AnyComponent;
}

async function assetsFor(pages: string[]) {
  const css = new Set<string>();
  const preload = new Set<string>();
  for (const page of ["/_app", ...pages]) {
    for (const file of assets.pages[page]?.css ?? []) css.add(file);
    for (const file of assets.pages[page]?.js ?? []) preload.add(file);
  }
  // Dev has no client build: Vite's module graph knows the stylesheets (src/vite/pages-dev-css.ts).
  if (import.meta.env.DEV) for (const file of await devStylesheets(["/_app", ...pages])) css.add(file);
  return { entry: assets.entry, css: [...css], preload: [...preload] };
}

async function devStylesheets(pages: string[]): Promise<string[]> {
  // The resolved-id form: a bare specifier the module runner would try to load from node_modules.
  const id = `/@id/__x00__virtual:vinext/pages-dev-css?pages=${pages.join(",")}`;
  return ((await import(/* @vite-ignore */ id)) as { default: string[] }).default;
}

function json(body: unknown, status = 200, headers?: Headers): Response {
  const out = new Headers(headers);
  out.set("content-type", "application/json");
  return new Response(JSON.stringify(body), { status, headers: out });
}

async function renderHtml(input: PagesDispatchInput, page: string, Component: AnyComponent, rendered: Rendered, params: Params, extra: Partial<NextData> = {}): Promise<Response> {
  const App = await loadApp();
  const Document = ((await load("/_document"))?.default ?? DefaultDocument) as DocumentComponent;
  const { state, props } = rendered;
  const nextData: NextData = { props, page, query: state.query, buildId: serverConfig.buildId, ...(state.isFallback && { isFallback: true }), ...rendered.flags, ...extra };
  if (input.locale) Object.assign(nextData, { locale: input.locale, locales: input.locales, defaultLocale: input.defaultLocale });
  const url = new URL(input.request.url);
  const html = await renderDocument({
    App,
    Component,
    Document,
    props,
    router: routerSnapshot(state, serverMethods),
    params,
    nextData,
    i18n: config.i18n,
    assets: await assetsFor([page]),
    ctx: { req: new PagesRequest(input.request, url), res: new PagesResponse(), pathname: page, query: state.query, asPath: state.asPath, locale: input.locale, locales: input.locales, defaultLocale: input.defaultLocale, err: extra.err as Error | undefined },
  });
  const headers = new Headers(rendered.headers);
  headers.set("content-type", "text/html; charset=utf-8");
  return new Response(html, { status: rendered.status, headers });
}

/** 404 (pages/404, else _error), 500 (pages/500, else _error); the built-in error page when the app has neither. */
async function renderError(input: PagesDispatchInput, status: 404 | 500, error?: unknown): Promise<Response> {
  const page = status === 404 && has("/404") ? "/404" : status === 500 && has("/500") ? "/500" : "/_error";
  const module = (await load(page)) ?? { default: DefaultError };
  const Component = module.default as AnyComponent & { getInitialProps?: (ctx: never) => unknown };
  const App = await loadApp();
  const res = new PagesResponse();
  res.statusCode = status;
  const url = new URL(input.request.url);
  const state = { pathname: page, query: {}, asPath: input.pathname + url.search, isFallback: false, isReady: true, isPreview: false, isLocaleDomain: false, locale: input.locale, locales: input.locales, defaultLocale: input.defaultLocale };
  const err = status === 500 ? Object.assign(new Error("Internal Server Error"), { statusCode: 500 }) : null;
  let props: Record<string, unknown>;
  const gsp = module.getStaticProps as ((ctx: LocaleInfo) => Promise<{ props?: Record<string, unknown> }>) | undefined;
  if (gsp) props = { pageProps: (await gsp({ locale: input.locale, locales: input.locales, defaultLocale: input.defaultLocale }))?.props ?? {} };
  else props = await runInitialProps(App as never, Component as never, state, { req: new PagesRequest(input.request, url), res, pathname: page, query: {}, asPath: state.asPath, err, locale: input.locale });
  const rendered: Rendered = { kind: "render", props: props as Rendered["props"], state, status, headers: new Headers({ "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate" }), flags: { ...(isCustomAppGip(App as never) && { appGip: true }), ...(gsp && { gsp: true }) } };
  const extra: Partial<NextData> = status === 500 ? { err: { name: "Internal Server Error.", message: "500 - Internal Server Error.", statusCode: 500 } } : {};
  void error;
  return renderHtml(input, page, Component, rendered, {}, extra);
}

async function renderRoute(input: PagesDispatchInput): Promise<Response> {
  const route = manifest.routes.find((r) => r.page === input.page);
  const module = await load(input.page);
  if (!route || !module) return renderError(input, 404);
  const Component = module.default as AnyComponent;
  if (typeof Component !== "function" && (typeof Component !== "object" || Component === null)) {
    throw new Error(`[vinext] pages${input.page}: the default export must be a React component.`);
  }
  const url = new URL(input.request.url);
  const data = input.kind === "data";
  const outcome = await resolvePage({ ...input, url, segments: route.segments, module, App: await loadApp(), data, prerendering: !!input.prerendering, staticPaths });
  if (outcome.kind === "response") return outcome.response;
  if (outcome.kind === "notFound") return data ? json({ notFound: true }, 404) : renderError(input, 404);
  if (outcome.kind === "redirect") {
    const outside = outcome.basePath === false;
    if (data) return json({ pageProps: { __N_REDIRECT: outcome.destination, __N_REDIRECT_STATUS: outcome.status, ...(outside && { __N_REDIRECT_BASE_PATH: false }) }, __N_SSP: true });
    // An app path: the browser goes there under next.config basePath, unless `basePath: false`.
    return new Response(null, { status: outcome.status, headers: { location: outside ? outcome.destination : addBasePath(outcome.destination) } });
  }
  const response = data
    ? json({ pageProps: outcome.props.pageProps, ...(outcome.flags.gssp ? { __N_SSP: true } : { __N_SSG: true }) }, outcome.status, outcome.headers)
    : await renderHtml(input, input.page, Component, outcome, input.params);
  // A getStaticProps page (not a fallback shell, not a preview) may go to the ISR store (pages/page-cache.ts).
  if (outcome.flags.gsp && !outcome.state.isFallback && !outcome.flags.isPreview && !outcome.headers.has("cache-control")) {
    response.headers.set(PAGES_ISR_HEADER, String(outcome.revalidate ?? false));
  }
  return response;
}

export async function handlePagesRequest(input: PagesDispatchInput): Promise<Response> {
  try {
    if (input.kind === "api") {
      const module = await load(input.page);
      const url = new URL(input.request.url);
      return module ? await runApiRoute({ request: input.request, url, page: input.page, params: input.params, module }) : renderError(input, 404);
    }
    if (input.kind === "not-found") return input.pathname.startsWith("/_next/data/") ? json({ notFound: true }, 404) : await renderError(input, 404);
    return await renderRoute(input);
  } catch (error) {
    const digest = errorDigest(error);
    console.error(`[vinext] Error rendering pages${input.page} (digest ${digest}):`, error);
    if (input.kind === "data") return json({ error: "Internal Server Error" }, 500);
    try {
      return await renderError(input, 500, error);
    } catch (inner) {
      console.error(`[vinext] Error rendering the 500 page:`, inner);
      return errorDocument(500, digest);
    }
  }
}

/**
 * Paths to pre-render at build time: pages without data functions (static routes
 * only) and getStaticProps pages (getStaticPaths paths for dynamic routes), each
 * with its `/_next/data` JSON; with i18n, once per locale (a getStaticPaths entry
 * without a locale is for the default locale). Next: test/e2e/prerender,
 * test/integration/prerender, test/e2e/i18n-support.
 */
export async function pagesPrerenderPaths(): Promise<string[]> {
  const App = await loadApp();
  const appGip = isCustomAppGip(App as never);
  const i18n = config.i18n;
  const locales = i18n?.locales ?? [undefined];
  const paths: string[] = [];
  const add = (path: string, locale: string | undefined, data: boolean) => {
    const page = addLocalePrefix(path, locale, i18n?.defaultLocale);
    // With locale detection on, `/` must reach the handler (it may redirect).
    if (!(i18n?.localeDetection && page === "/")) paths.push(page);
    if (data) paths.push(dataPathFor(serverConfig.buildId, locale ? (path === "/" ? `/${locale}` : `/${locale}${path}`) : path));
  };
  for (const route of manifest.routes) {
    if (route.kind !== "page") continue;
    const module = await load(route.page);
    if (!module || module.getServerSideProps) continue;
    const gip = typeof (module.default as { getInitialProps?: unknown })?.getInitialProps === "function";
    const dynamic = route.segments.some((s) => s.kind !== "static");
    if (module.getStaticProps) {
      if (!dynamic) {
        for (const locale of locales) add(fillPattern(route.segments, {})!, locale, true);
        continue;
      }
      const { entries } = await staticPaths(route.page, () => runGetStaticPaths(module.getStaticPaths as never, route.segments, route.page, { locales: i18n?.locales, defaultLocale: i18n?.defaultLocale }));
      for (const entry of entries) add(entry.path, entry.locale ?? i18n?.defaultLocale, true);
      continue;
    }
    // A static export runs getInitialProps at build time, as `next build` with output: "export" does.
    if (!dynamic && ((!gip && !appGip) || isStaticExport())) for (const locale of locales) add(route.page, locale, false);
  }
  return paths;
}
