// ISR for Pages Router getStaticProps pages (rsc side): HTML and `/_next/data`
// JSON of one page share one store entry; a render the ssr side marked as
// cacheable (pages/isr-marker.ts) is stored, later requests are served HIT or
// STALE with one background regeneration (server/isr.ts). Next: test/e2e/prerender.
import { serverConfig } from "virtual:vinext/server-config";
import { implicitPageTags } from "../../storage";
import { CACHE_STATUS_HEADER, isrCacheControl } from "../server/cache-control";
import { DRAFT_MODE_COOKIE } from "../server/draft-mode";
import { deriveRequest } from "../server/host-request";
import { servePageFromCache, storeInBackground, storePage, type CachedPage, type PageEntry, type RenderedPage, type Variant } from "../server/isr";
import { cacheHandlerFor } from "../server/isr-storage";
import { dataPathFor } from "./data-path";
import { addLocalePrefix } from "./i18n";
import { headersWithoutMarker, markedRevalidate, withoutMarker } from "./isr-marker";
import { NEXT_DATA_ID } from "./next-data";
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

const NEXT_DATA_SCRIPT = new RegExp(`<script id="${NEXT_DATA_ID}" type="application/json"[^>]*>([^<]*)</script>`);

/**
 * The page's `/_next/data` JSON, taken from the HTML's `__NEXT_DATA__`: both forms
 * come from one getStaticProps call, so they always carry the same props (as in Next).
 */
function dataJsonOf(html: string): Uint8Array | undefined {
  const script = NEXT_DATA_SCRIPT.exec(html);
  if (!script) return undefined;
  const data = JSON.parse(script[1]!) as { props?: { pageProps?: unknown } };
  return new TextEncoder().encode(JSON.stringify({ pageProps: data.props?.pageProps ?? {}, __N_SSG: true }));
}

/** An entry from a marked 200 HTML page's text; undefined when it may not be stored. */
function entryFromHtml(text: string, contentType: string | null, revalidate: number | false): RenderedPage | undefined {
  const data = dataJsonOf(text);
  if (!data) return undefined;
  const entry: PageEntry = {
    status: 200,
    bodies: { html: new TextEncoder().encode(text), data },
    contentTypes: { html: contentType ?? "text/html; charset=utf-8", data: "application/json" },
  };
  return { entry, revalidate, tags: [] };
}

/** The page rendered afresh, as a background request (no cookies) would: HTML and data from one render. */
async function renderBoth(input: PagesDispatchInput, render: Render): Promise<RenderedPage | undefined> {
  const url = new URL(input.request.url);
  const request = deriveRequest(input.request, new URL(url.pathname, url.origin), { method: "GET", headers: new Headers() });
  const html = await render({ ...input, kind: "page", request, prerendering: true });
  if (html.status >= 500) {
    await html.body?.cancel();
    throw new Error(`rendering answered ${html.status}`);
  }
  const revalidate = markedRevalidate(html);
  if (revalidate === undefined || html.status !== 200) {
    await html.body?.cancel();
    return undefined;
  }
  return entryFromHtml(await html.text(), html.headers.get("content-type"), revalidate);
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
  let out: Response;
  if (variant === "html") {
    if (response.status !== 200) return withoutMarker(response);
    // MISS: what was rendered is what gets stored, both forms from this one render.
    const text = await response.text();
    const rendered = entryFromHtml(text, response.headers.get("content-type"), revalidate);
    if (rendered) storeInBackground(page, storePage(page, rendered));
    out = new Response(text, { status: 200, headers: headersWithoutMarker(response) });
  } else {
    // A data MISS has no HTML to store with it: one background render stores both forms.
    storeInBackground(page, renderBoth(input, render).then((rendered) => rendered && storePage(page, rendered)));
    out = withoutMarker(response);
  }
  const headers = new Headers(out.headers);
  headers.set(CACHE_STATUS_HEADER, "MISS");
  headers.set("cache-control", isrCacheControl(revalidate, serverConfig.isr.expireTime));
  return new Response(out.body, { status: out.status, headers });
}
