// Serves metadata files as URLs: static icons and social images (bytes inlined
// at build time), static robots.txt / sitemap.xml / manifest files, and the
// generated sitemap.ts / robots.ts / manifest.ts routes (with generateSitemaps)
// and images drawn by code (icon.tsx, opengraph-image.tsx…: metadata-image.ts).
// Checked before page matching, as Next treats them as static routes.
// Content types and cache headers follow test/e2e/app-dir/metadata ("static
// routes") and test/e2e/app-dir/metadata-dynamic-routes.
import type { AppManifest, MetadataFile, ModuleLoader } from "../routing/app-manifest";
import { compareRoutes, matchRoute, type Params } from "../routing/match";
import { isGeneratedImage, renderGeneratedImage } from "./metadata-image";
import { robotsTxt, sitemapXml, type RobotsData, type SitemapEntry } from "../rsc/metadata/formats";

const REVALIDATE = "public, max-age=0, must-revalidate";
const IMMUTABLE = "public, immutable, no-transform, max-age=31536000";

export interface MetadataRouteInput {
  request: Request;
  /** Decoded path parts of the request URL. */
  parts: string[];
  manifest: AppManifest;
  modules: Record<string, ModuleLoader>;
}

interface Match {
  file: MetadataFile;
  params: Params;
  /** The `id` of a sitemap from generateSitemaps (`/sitemap/<id>.xml`). */
  sitemapId?: string;
  /** The `id` of an image from generateImageMetadata (`/icon/<id>`). */
  imageId?: string;
}

function matchFolder(file: MetadataFile, parts: string[]): Params | null {
  return matchRoute([{ segments: file.segments }], parts)?.params ?? null;
}

function findMatch(unsorted: readonly MetadataFile[], parts: string[]): Match | null {
  const last = parts.at(-1);
  if (last === undefined) return null;
  // Static folders before dynamic ones, as pages: app/x/a/icon.tsx wins over app/x/[slug]/icon.tsx for /x/a/icon.
  const files = [...unsorted].sort(compareRoutes);
  for (const file of files) {
    if (file.name !== last) continue;
    const params = matchFolder(file, parts.slice(0, -1));
    if (params) return { file, params };
  }
  // generateSitemaps: app/x/sitemap.ts also answers /x/sitemap/<id>.xml.
  if (parts.at(-2) === "sitemap" && last.endsWith(".xml")) {
    for (const file of files) {
      if (file.kind !== "sitemap" || !file.generated) continue;
      const params = matchFolder(file, parts.slice(0, -2));
      if (params) return { file, params, sitemapId: last.slice(0, -".xml".length) };
    }
  }
  // generateImageMetadata: app/x/icon.tsx also answers /x/icon/<id>.
  for (const file of files) {
    if (!isGeneratedImage(file) || file.name !== parts.at(-2)) continue;
    const params = matchFolder(file, parts.slice(0, -2));
    if (params) return { file, params, imageId: last };
  }
  return null;
}

function decodeDataUrl(dataUrl: string): Uint8Array {
  const comma = dataUrl.indexOf(",");
  const meta = dataUrl.slice(5, comma);
  const payload = dataUrl.slice(comma + 1);
  if (!meta.endsWith(";base64")) return new TextEncoder().encode(decodeURIComponent(payload));
  const binary = atob(payload);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function staticBody(file: MetadataFile, modules: Record<string, ModuleLoader>): Promise<BodyInit> {
  const mod = await load(file, modules);
  const value = mod.default;
  if (typeof value !== "string") throw new Error(`[vinext] ${file.file}: expected the file contents, got ${typeof value}.`);
  return value.startsWith("data:") ? (decodeDataUrl(value) as Uint8Array<ArrayBuffer>) : value;
}

async function load(file: MetadataFile, modules: Record<string, ModuleLoader>): Promise<Record<string, unknown>> {
  const loader = modules[file.file];
  if (!loader) throw new Error(`[vinext] ${file.file}: module missing from the route manifest.`);
  return loader();
}

/** Runs sitemap.ts / robots.ts / manifest.ts; null when a sitemap id is unknown. */
async function generatedBody(match: Match, modules: Record<string, ModuleLoader>): Promise<string | null> {
  const { file } = match;
  const mod = await load(file, modules);
  const generate = mod.default;
  if (typeof generate !== "function") {
    throw new Error(`[vinext] ${file.file}: a ${file.kind} file must default-export a function that returns the ${file.kind} data.`);
  }
  const props: Record<string, unknown> = { params: Promise.resolve(match.params) };
  // With generateSitemaps only the per-id URLs exist (Next serves /x/sitemap/<id>.xml).
  if (match.sitemapId === undefined && file.kind === "sitemap" && typeof mod.generateSitemaps === "function") return null;
  if (match.sitemapId !== undefined) {
    if (typeof mod.generateSitemaps !== "function") return null;
    const ids = (await mod.generateSitemaps()) as { id: string | number }[];
    const entry = ids.find((item) => String(item.id) === match.sitemapId);
    if (!entry) return null;
    props.id = Promise.resolve(entry.id);
  }
  const data = await generate(props);
  if (file.kind === "sitemap") return sitemapXml(data as SitemapEntry[]);
  if (file.kind === "robots") return robotsTxt(data as RobotsData);
  return JSON.stringify(data);
}

/**
 * Answers a request for a metadata file, or returns null so page matching
 * continues. Only GET and HEAD are allowed (the handler strips HEAD bodies).
 */
export async function handleMetadataRoute({ request, parts, manifest, modules }: MetadataRouteInput): Promise<Response | null> {
  const files = manifest.metadataRoutes;
  if (!files?.length) return null;
  const match = findMatch(files, parts);
  if (!match) return null;
  if (request.method !== "GET" && request.method !== "HEAD") {
    return new Response("Method Not Allowed", { status: 405, headers: { allow: "GET, HEAD" } });
  }
  const { file } = match;
  const dev = import.meta.env.DEV;
  if (!file.generated) {
    const body = await staticBody(file, modules);
    const image = file.contentType.startsWith("image/");
    // Hashed image links make them safe to cache forever; the favicon and text files keep a stable URL.
    const cache = dev && image ? "no-cache, no-store" : image && file.kind !== "favicon" ? IMMUTABLE : REVALIDATE;
    return new Response(body, { headers: { "content-type": file.contentType, "cache-control": cache } });
  }
  if (isGeneratedImage(file)) return renderGeneratedImage(file, await load(file, modules), match.params, match.imageId);
  const body = await generatedBody(match, modules);
  if (body === null) return null;
  return new Response(body, { headers: { "content-type": file.contentType, "cache-control": dev ? "no-cache, no-store" : REVALIDATE } });
}
