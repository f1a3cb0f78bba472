// `/_next/image?url=&w=&q=`: vinext's image optimiser, inside the one request
// pipeline (handler.ts). Follows Next's test/integration/image-optimizer tests and
// docs: each refusal is a 400 with a short text, SVG only with dangerouslyAllowSVG
// (then sandboxed by a CSP and a Content-Disposition), AVIF/WebP from Accept,
// Cache-Control from minimumCacheTTL (immutable for hashed build assets),
// Vary: Accept and an ETag. The host resizes (image-host.ts); where it cannot,
// the original bytes are served with the same headers. Results are kept in the
// storage layer (image-cache.ts) in production builds, stale ones remade in the background.
import type { ImageConfig } from "../image/config";
import type { CacheHandler } from "../../storage";
import { imageCacheKey, readCachedImage, storeImage, type OptimizedImage } from "./image-cache";
import { EXTENSIONS, negotiateFormat, outputType, passesThrough, sniffImageType, type ImageType } from "./image-format";
import type { ImageHost, OutputType } from "./image-host";
import { parseImageParams, type ImageParams } from "./image-params";
import { ImageError, loadSource, type SourceContext } from "./image-source";

/** Vite's hashed build output never changes under one URL. */
const IMMUTABLE = "public, max-age=315360000, immutable";

function text(status: number, body: string): Response {
  return new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}

/** max-age from the upstream's Cache-Control (s-maxage first), never below minimumCacheTTL. */
export function maxAgeOf(upstream: string | null, minimum: number): number {
  const directive = (name: string) => {
    const match = new RegExp(`(?:^|,)\\s*${name}\\s*=\\s*"?(\\d+)"?`, "i").exec(upstream ?? "");
    return match ? Number(match[1]) : undefined;
  };
  return Math.max(directive("s-maxage") ?? directive("max-age") ?? 0, minimum);
}

async function etagOf(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>));
  const base64 = btoa(String.fromCharCode(...digest.subarray(0, 18)));
  return `"${base64.replace(/\+/g, "-").replace(/\//g, "_")}"`;
}

function fileName(pathname: string, type: ImageType): string {
  const base = decodeURIComponent(pathname.split("/").pop() || "image").replace(/\.[^.]*$/, "").replace(/["\\\r\n]/g, "") || "image";
  return `${base}.${EXTENSIONS[type]}`;
}

export interface OptimizerContext {
  config: ImageConfig;
  host: ImageHost | undefined;
  internalFetch: SourceContext["internalFetch"];
  dev: boolean;
  /** The storage layer's cache handler (production builds), or undefined. */
  cache?: CacheHandler;
  /** The host's waitUntil, for remaking a stale image after the answer. */
  waitUntil?: (work: Promise<unknown>) => void;
}

/** Produces the optimised image, or an error answer (a 4xx text). */
async function produce(request: Request, params: ImageParams, target: OutputType | undefined, ctx: OptimizerContext): Promise<OptimizedImage | Response> {
  const { source, width, quality } = params;
  let upstream;
  try {
    upstream = await loadSource(source, { request, config: ctx.config, host: ctx.host, internalFetch: ctx.internalFetch });
  } catch (error) {
    if (error instanceof ImageError) return text(error.status, error.message);
    throw error;
  }
  const type = sniffImageType(upstream.bytes);
  if (!type) return text(400, '"url" parameter is valid but upstream response is invalid');
  if (type === "image/svg+xml" && !ctx.config.dangerouslyAllowSVG) return text(400, '"url" parameter is valid but image type is not allowed');

  let body = upstream.bytes;
  let bodyType: ImageType = type;
  if (!passesThrough(upstream.bytes, type)) {
    const output = outputType(target, type);
    try {
      const resized = await ctx.host?.resize?.(upstream.bytes, { width, quality, type: output }, request);
      if (resized) {
        body = resized;
        bodyType = output;
      }
    } catch (error) {
      // A file the resizer cannot read is still an image the browser may show: serve it as it is.
      console.warn(`[vinext] /_next/image could not resize ${source.kind === "local" ? source.href : source.url.href}; serving the original.`, error);
    }
  }

  const pathname = source.kind === "local" ? source.pathname : source.url.pathname;
  const hashedAsset = source.kind === "local" && pathname.startsWith(ctx.config.builtAssets.path) && !ctx.dev;
  const maxAge = ctx.dev ? 0 : hashedAsset ? 31_536_000 : maxAgeOf(upstream.cacheControl, ctx.config.minimumCacheTTL);
  return {
    body,
    maxAge,
    headers: {
      "content-type": bodyType,
      "cache-control": hashedAsset ? IMMUTABLE : `public, max-age=${maxAge}, must-revalidate`,
      vary: "Accept",
      etag: await etagOf(body),
      "content-security-policy": ctx.config.contentSecurityPolicy,
      "content-disposition": `${ctx.config.contentDispositionType}; filename="${fileName(pathname, bodyType)}"`,
      "x-content-type-options": "nosniff",
    },
  };
}

const inflight = new Map<string, Promise<OptimizedImage | Response>>();

export async function handleImageRequest(request: Request, url: URL, ctx: OptimizerContext): Promise<Response> {
  if (request.method !== "GET" && request.method !== "HEAD") {
    return new Response("Method Not Allowed", { status: 405, headers: { allow: "GET, HEAD" } });
  }
  const parsed = parseImageParams(url.searchParams, ctx.config);
  if (!parsed.ok) return text(400, parsed.message);
  const { source, width, quality } = parsed.params;
  const target = negotiateFormat(request.headers.get("accept"), ctx.config.formats);
  const key = imageCacheKey({ source: source.kind === "local" ? source.href : source.url.href, width, quality, format: target });
  // The store is an optimisation: a driver that fails costs a resize, never the answer.
  const cache = ctx.cache;
  const store = (image: OptimizedImage) => cache && storeImage(cache, key, image).catch((error) => console.warn("[vinext] /_next/image could not store an optimised image:", error));
  const stored = cache ? await readCachedImage(cache, key).catch(() => undefined) : undefined;
  let image = stored?.image;
  const status = !stored ? "MISS" : stored.state === "fresh" ? "HIT" : "STALE";
  if (status === "STALE") {
    // One background remake per stale hit; a refusal now (the source went away) keeps the old copy.
    const remake = produce(request, parsed.params, target, ctx).then((fresh) => (fresh instanceof Response ? undefined : store(fresh)));
    if (ctx.waitUntil) ctx.waitUntil(remake.catch(() => undefined));
    else void remake.catch(() => undefined);
  }
  if (!image) {
    // Concurrent requests for the same image share one resize (as Next's response cache batches them).
    let pending = inflight.get(key);
    if (!pending) {
      pending = produce(request, parsed.params, target, ctx).then(async (produced) => {
        if (!(produced instanceof Response)) await store(produced);
        return produced;
      });
      inflight.set(key, pending);
      void pending.finally(() => inflight.delete(key)).catch(() => undefined);
    }
    const produced = await pending;
    if (produced instanceof Response) return produced.clone();
    image = produced;
  }
  const headers = new Headers(image.headers);
  if (ctx.cache) headers.set("x-nextjs-cache", status);
  if (request.headers.get("if-none-match") === image.headers.etag) return new Response(null, { status: 304, headers });
  headers.set("content-length", String(image.body.byteLength));
  return new Response(request.method === "HEAD" ? null : (image.body as Uint8Array<ArrayBuffer>), { headers });
}
