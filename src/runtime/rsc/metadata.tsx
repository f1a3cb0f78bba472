// Metadata API: resolves `metadata` / `generateMetadata` and `viewport` /
// `generateViewport` along a route's segment chain, plus the metadata files of
// each folder, and renders the <head> elements. React 19 hoists <title>,
// <meta> and <link> into <head> wherever they are rendered.
// https://nextjs.org/docs/app/api-reference/functions/generate-metadata
import { Fragment, type ReactNode } from "react";
import type { AppRoute, ModuleLoader, SegmentFiles } from "../routing/app-manifest";
import type { Params } from "../routing/match";
import { peekRequestStore } from "../server/request-store";
import { resolveMetadataChain, resolveViewportChain, type MetadataItem } from "./metadata/chain";
import { resolveImageFiles } from "./metadata/image-files";
import { metadataTags, renderTags } from "./metadata/render";
import { fillSegments } from "./metadata/url";

export interface MetadataInput {
  route: AppRoute;
  params: Params;
  searchParams: URLSearchParams;
  modules: Record<string, ModuleLoader>;
}

function searchParamsRecord(search: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of search) {
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

async function loadItem(file: string | undefined, modules: Record<string, ModuleLoader>, props: Record<string, unknown>): Promise<MetadataItem> {
  if (!file) return { file: "", props };
  const load = modules[file];
  if (!load) throw new Error(`[vinext] ${file}: module missing from the route manifest.`);
  const mod = await load();
  const pick = (staticName: string, generateName: string) => {
    const value = mod[staticName];
    const generate = mod[generateName];
    if (value !== undefined && generate !== undefined) {
      throw new Error(`[vinext] ${file}: exports both \`${staticName}\` and \`${generateName}\`. Export only one of them.`);
    }
    if (generate !== undefined && typeof generate !== "function") {
      throw new Error(`[vinext] ${file}: \`${generateName}\` must be a function.`);
    }
    return (generate ?? value) as never;
  };
  return { file, props, metadata: pick("metadata", "generateMetadata"), viewport: pick("viewport", "generateViewport") };
}

/** Reading searchParams makes the page dynamic (it cannot be pre-rendered), as in the page itself. */
function trackedSearchParams(search: URLSearchParams): Promise<Record<string, string | string[]>> {
  const promise = Promise.resolve(searchParamsRecord(search));
  const then = promise.then.bind(promise);
  promise.then = ((...args: Parameters<typeof then>) => {
    const store = peekRequestStore();
    if (store) store.dynamicUsed = true;
    return then(...args);
  }) as typeof promise.then;
  return promise;
}

let warnedBase = false;

/**
 * The base for social image URLs when no metadataBase is set: the request
 * origin, or while pre-rendering at build time (no real origin) Next's
 * `http://localhost:<PORT or 3000>`, with a warning to set metadataBase.
 */
function fallbackBase(): URL | null {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  if (env?.VINEXT_PRERENDER === "1") return new URL(`http://localhost:${env.PORT || 3000}`);
  const url = peekRequestStore()?.url;
  return url ? new URL(url.origin) : null;
}

function warnMissingBase(fallback: URL | null, metadataBase: URL | null, hasSocialImages: boolean): void {
  if (warnedBase || metadataBase || !hasSocialImages || !fallback) return;
  warnedBase = true;
  console.warn(
    `[vinext] metadataBase is not set; social (Open Graph / Twitter) image URLs resolve against "${fallback.origin}". ` +
      `Set metadataBase in the root layout's metadata (https://nextjs.org/docs/app/api-reference/functions/generate-metadata#metadatabase).`,
  );
}

async function renderItems(items: MetadataItem[], params: Params, pathname: string): Promise<ReactNode> {
  const base = fallbackBase();
  const [metadata, viewport] = await Promise.all([resolveMetadataChain(items, { params, pathname, fallbackBase: base }), resolveViewportChain(items)]);
  const images = [...(metadata.openGraph?.images ?? []), ...(metadata.twitter?.images ?? [])];
  warnMissingBase(base, metadata.metadataBase, images.some((image) => !!base && String(image.url).startsWith(base.origin)));
  // Keyed: callers place it in a list next to the page's own output.
  return <Fragment key="vinext-metadata">{renderTags(metadataTags(metadata, viewport))}</Fragment>;
}

/**
 * The head elements for a matched page: layouts from the root down, then the
 * page. Rejects with the user's error (including notFound()/redirect() thrown
 * by generateMetadata) so the caller handles it like a render error.
 */
export async function renderRouteMetadata({ route, params, searchParams, modules }: MetadataInput): Promise<ReactNode> {
  const paramsPromise = Promise.resolve(params);
  const layoutProps = { params: paramsPromise };
  const pageProps = { params: paramsPromise, searchParams: trackedSearchParams(searchParams) };
  const leaf = route.chain.length - 1;
  const files = (segment: SegmentFiles | undefined) => resolveImageFiles(segment?.metadata, params, modules);
  const items = await Promise.all([
    ...route.chain.map(async (segment, i) => ({ ...(await loadItem(segment.files.layout, modules, layoutProps)), files: i === leaf ? undefined : await files(segment) })),
    (async () => ({ ...(await loadItem(route.chain[leaf]?.files.page, modules, pageProps)), files: await files(route.chain[leaf]) }))(),
  ]);
  return renderItems(items, params, fillSegments(route.segments, params));
}

export interface NotFoundMetadataInput {
  /** The root folder (root layout, root not-found). */
  root: SegmentFiles;
  modules: Record<string, ModuleLoader>;
}

/**
 * The head elements for the root not-found page: the root layout's metadata,
 * then app/not-found's, and `robots: noindex` as Next adds for 404s
 * (Next: test/e2e/app-dir/metadata, "should render root not-found with default metadata").
 */
export async function renderNotFoundMetadata({ root, modules }: NotFoundMetadataInput): Promise<ReactNode> {
  const props = { params: Promise.resolve({}) };
  const items = [
    await loadItem(root.files.layout, modules, props),
    { ...(await loadItem(root.files["not-found"], modules, props)), files: await resolveImageFiles(root.metadata, {}, modules) },
    { file: "", props, metadata: { robots: "noindex" } },
  ];
  return renderItems(items, {}, "/");
}
