// ISR for Pages Router getStaticProps pages (rsc side): HTML and `/_next/data`
// JSON of one page share one store entry; a render the ssr side marked as
// cacheable (pages/isr-marker.ts) is stored, later requests are served HIT or
// STALE with one background regeneration (server/isr.ts). Next: test/e2e/prerender.
import { serverConfig } from "virtual:vinext/server-config";
import { implicitPageTags } from "../../storage";
import { CACHE_STATUS_HEADER, isrCacheControl } from "../server/cache-control";
import { DRAFT_MODE_COOKIE } from "../server/draft-mode";
import { deriveRequest } from "../server/host-request";
import { servePageFromCache, storePage, waitUntil, type CachedPage, type PageEntry, type RenderedPage, type Variant } from "../server/isr";
import { cacheHandlerFor } from "../server/isr-storage";
import { dataPathFor } from "./data-path";
import { addLocalePrefix } from "./i18n";
import { markedRevalidate, withoutMarker } from "./isr-marker";
import type { PagesDispatchInput } from "./server";

type Render = (input: PagesDispatchInput) => Promise<Response>;

const PREVIEW_COOKIES = [DRAFT_MODE_COOKIE, "__next_preview_data"];

function cacheable(input: PagesDispatchInput): boolean {
  if (input.kind !== "page" && input.kind !== "data") return false;
  if (input.request.method !== "GET" && input.request.method !== "HEAD") return false;
  const cookie = input.request.headers.get("cookie") ?? "";
  // Search params reach getStaticProps pages only on the client; the stored page is the same.
  return !PREVIEW_COOKIES.some((name) => cookie.includes(`${name}=`));
}

/** Both forms of the page rendered afresh, as a background request (no cookies) would. */
async function renderBoth(input: PagesDispatchInput, render: Render): Promise<RenderedPage | undefined> {
  const url = new URL(input.request.url);
  const bare = (path: string) => deriveRequest(input.request, new URL(path, url.origin), { method: "GET", headers: new Headers() });
  const [html, data] = await Promise.all([
    render({ ...input, kind: "page", request: bare(url.pathname), prerendering: true }),
    render({ ...input, kind: "data", request: bare(url.pathname), prerendering: true }),
  ]);
  if (html.status >= 500 || data.status >= 500) {
    await Promise.all([html.body?.cancel(), data.body?.cancel()]);
    throw new Error(`rendering answered ${Math.max(html.status, data.status)}`);
  }
  const revalidate = markedRevalidate(html);
  if (revalidate === undefined || markedRevalidate(data) === undefined || html.status !== 200 || data.status !== 200) {
    await Promise.all([html.body?.cancel(), data.body?.cancel()]);
    return undefined;
  }
  const entry: PageEntry = {
    status: 200,
    bodies: { html: new Uint8Array(await html.arrayBuffer()), data: new Uint8Array(await data.arrayBuffer()) },
    contentTypes: { html: html.headers.get("content-type") ?? "text/html; charset=utf-8", data: data.headers.get("content-type") ?? "application/json" },
  };
  return { entry, revalidate, tags: [] };
}

/** Renders a Pages Router page or data request, through the ISR store when it may be cached. */
export async function renderCachedPage(input: PagesDispatchInput, render: Render): Promise<Response> {
  const cache = cacheHandlerFor(input.request);
  if (!cache || !cacheable(input)) return withoutMarker(await render(input));
  const publicPath = addLocalePrefix(input.pathname, input.locale, input.defaultLocale);
  const dataPath = input.locale ? (input.pathname === "/" ? `/${input.locale}` : `/${input.locale}${input.pathname}`) : input.pathname;
  const page: CachedPage = {
    cache,
    key: `pages:${input.locale ?? ""}:${input.pathname}`,
    tags: implicitPageTags(publicPath, input.page),
    seedRoutes: { html: publicPath, data: dataPathFor(serverConfig.buildId, dataPath) },
    hostRequest: input.request,
    buildTime: serverConfig.isr.buildTime,
    expireTime: serverConfig.isr.expireTime,
    regenerate: () => renderBoth(input, render),
  };
  const variant: Variant = input.kind === "data" ? "data" : "html";
  const cached = await servePageFromCache(page, variant);
  if (cached) return cached;
  const response = await render(input);
  const revalidate = markedRevalidate(response);
  if (revalidate === undefined) return withoutMarker(response);
  // MISS: this answer is served as rendered; both forms are stored from one background render.
  const stored = renderBoth(input, render)
    .then((rendered) => rendered && storePage(page, rendered))
    .catch((error) => console.error(`[vinext] Could not cache ${publicPath}:`, error));
  waitUntil(input.request, stored);
  const out = withoutMarker(response);
  const headers = new Headers(out.headers);
  headers.set(CACHE_STATUS_HEADER, "MISS");
  headers.set("cache-control", isrCacheControl(revalidate, serverConfig.isr.expireTime));
  return new Response(out.body, { status: out.status, headers });
}
