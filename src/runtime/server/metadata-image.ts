// Image metadata files drawn by code (icon.tsx, apple-icon.tsx,
// opengraph-image.tsx, twitter-image.tsx): what <head> links to (size,
// contentType, alt and the ids of generateImageMetadata) and the response
// served at their URLs. Next: test/e2e/app-dir/metadata-dynamic-routes,
// https://nextjs.org/docs/app/api-reference/file-conventions/metadata/app-icons
import type { AppManifest, MetadataFile, ModuleLoader } from "../routing/app-manifest";
import type { Params } from "../routing/match";
import { isDynamicPattern } from "../routing/segments";
import { metadataFileHref } from "../rsc/metadata/files";
import { DYNAMIC_CONTENT_TYPE, isPrerendering } from "./prerender-state";
import { peekRequestStore } from "./request-store";

const IMAGE_KINDS: ReadonlySet<string> = new Set(["icon", "apple-icon", "opengraph-image", "twitter-image"]);
const REVALIDATE = "public, max-age=0, must-revalidate";

/** One image a generated file stands for: the file itself, or one item of generateImageMetadata. */
export interface ImageEntry {
  /** The `id` from generateImageMetadata (its index when the item has none); undefined for a single image. */
  id?: string | number;
  contentType: string;
  size?: { width: number; height: number };
  alt?: string;
}

export function isGeneratedImage(file: MetadataFile): boolean {
  return file.generated && IMAGE_KINDS.has(file.kind);
}

function checkSize(file: string, value: unknown): { width: number; height: number } | undefined {
  if (value === undefined) return undefined;
  const size = value as { width?: unknown; height?: unknown };
  if (typeof size?.width !== "number" || typeof size.height !== "number") {
    throw new Error(`[vinext] ${file}: \`size\` must be { width: number, height: number }, got ${JSON.stringify(value)}.`);
  }
  return { width: size.width, height: size.height };
}

function entryOf(file: string, source: Record<string, unknown>, fallback: Partial<ImageEntry> = {}): ImageEntry {
  const contentType = source.contentType ?? fallback.contentType ?? "image/png";
  if (typeof contentType !== "string") throw new Error(`[vinext] ${file}: \`contentType\` must be a string such as "image/png".`);
  const alt = source.alt ?? fallback.alt;
  return { contentType, size: checkSize(file, source.size) ?? fallback.size, ...(typeof alt === "string" ? { alt } : {}) };
}

/** The params of the folders down to the file (what Next passes to generateImageMetadata). */
export function paramsFor(file: MetadataFile, params: Params): Params {
  const out: Params = {};
  for (const segment of file.segments) if (segment.kind !== "static" && segment.name in params) out[segment.name] = params[segment.name]!;
  return out;
}

/**
 * The images a generated file stands for: one entry from its `size` /
 * `contentType` / `alt` exports, or one per item of `generateImageMetadata`
 * (then `multiple` is true and each is served at `<name>/<id>`).
 */
export async function imageEntries(file: MetadataFile, mod: Record<string, unknown>, params: Params): Promise<{ multiple: boolean; entries: ImageEntry[] }> {
  const own = entryOf(file.file, mod);
  const generate = mod.generateImageMetadata;
  if (generate === undefined) return { multiple: false, entries: [own] };
  if (typeof generate !== "function") throw new Error(`[vinext] ${file.file}: \`generateImageMetadata\` must be a function.`);
  const items = await generate({ params: paramsFor(file, params) });
  if (!Array.isArray(items)) throw new Error(`[vinext] ${file.file}: generateImageMetadata must return an array of { id, size, contentType, alt }.`);
  return {
    multiple: true,
    entries: items.map((item: Record<string, unknown>, index) => ({
      ...entryOf(file.file, item, own),
      id: typeof item.id === "string" || typeof item.id === "number" ? item.id : index,
    })),
  };
}

/**
 * The URLs of generated images Nitro writes at build time: files in folders
 * without dynamic segments, one URL per generateImageMetadata item. Next
 * generates these at build time unless they use request APIs (the prerender
 * then leaves them per request, src/runtime/server/prerender.ts) or opt out
 * with `dynamic = "force-dynamic"` / a `revalidate` (which vinext serves per
 * request). https://nextjs.org/docs/app/api-reference/file-conventions/metadata/opengraph-image
 */
export async function prerenderImagePaths(manifest: AppManifest, modules: Record<string, ModuleLoader>): Promise<string[]> {
  const paths: string[] = [];
  for (const file of manifest.metadataRoutes ?? []) {
    if (!isGeneratedImage(file) || isDynamicPattern(file.segments)) continue;
    const load = modules[file.file];
    if (!load) continue;
    const mod = await load();
    if (mod.dynamic === "force-dynamic" || typeof mod.revalidate === "number") continue;
    const path = metadataFileHref(file, {}, false);
    const { multiple, entries } = await imageEntries(file, mod, {});
    if (!multiple) paths.push(path);
    else for (const entry of entries) paths.push(`${path}/${encodeURIComponent(String(entry.id))}`);
  }
  return paths;
}

/** A promise that also carries the values, for image functions written before params became a promise. */
function paramsPromise(params: Params): Promise<Params> & Params {
  return Object.assign(Promise.resolve(params), params);
}

/**
 * Runs the file's default export for `imageId` (the last URL part when the file
 * has generateImageMetadata). Null when no such image exists (a 404).
 */
export async function renderGeneratedImage(file: MetadataFile, mod: Record<string, unknown>, params: Params, imageId: string | undefined): Promise<Response | null> {
  const { multiple, entries } = await imageEntries(file, mod, params);
  if (multiple !== (imageId !== undefined)) return null;
  const entry = multiple ? entries.find((item) => String(item.id) === imageId) : entries[0];
  if (!entry) return null;
  const draw = mod.default;
  if (typeof draw !== "function") {
    throw new Error(`[vinext] ${file.file}: an image file must default-export a function that returns an ImageResponse (from "next/og").`);
  }
  const props: Record<string, unknown> = { params: paramsPromise(paramsFor(file, params)) };
  if (multiple) props.id = Promise.resolve(entry.id);
  const result: unknown = await draw(props);
  if (!(result instanceof Response)) {
    throw new Error(`[vinext] ${file.file}: the default export returned ${typeof result}; return an ImageResponse (from "next/og") or a Response.`);
  }
  // At build time an image that read request APIs (headers(), connection()…) stays per
  // request, as in Next: it is not drawn, and the prerender writes no file.
  if (isPrerendering() && peekRequestStore()?.dynamicUsed) {
    await result.body?.cancel();
    return new Response(null, { headers: { "content-type": DYNAMIC_CONTENT_TYPE } });
  }
  const headers = new Headers(result.headers);
  if (!headers.has("content-type")) headers.set("content-type", entry.contentType);
  // Next serves these as revalidated routes (test/e2e/app-dir/metadata-dynamic-routes, CACHE_HEADERS).
  headers.set("cache-control", import.meta.env.DEV ? "no-cache, no-store" : REVALIDATE);
  // Read the image before answering: a drawing that fails (satori rejects the
  // markup) becomes a 500 rather than a 200 whose body breaks off.
  const body = await result.arrayBuffer();
  return new Response(body, { status: result.status, statusText: result.statusText, headers });
}
