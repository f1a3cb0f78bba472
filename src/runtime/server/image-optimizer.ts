// `/_next/image?url=&w=&q=`: vinext's image optimiser, inside the one request
// pipeline (handler.ts). Follows Next's test/integration/image-optimizer tests and
// docs: each refusal is a 400 with a short text, SVG only with dangerouslyAllowSVG
// (then sandboxed by a CSP and a Content-Disposition), AVIF/WebP from Accept,
// Cache-Control from minimumCacheTTL (immutable for hashed build assets),
// Vary: Accept and an ETag. The host resizes (image-host.ts); where it cannot,
// the original bytes are served with the same headers.
import type { ImageConfig } from "../image/config";
import { EXTENSIONS, negotiateFormat, outputType, passesThrough, sniffImageType, type ImageType } from "./image-format";
import type { ImageHost } from "./image-host";
import { parseImageParams } from "./image-params";
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
}

export async function handleImageRequest(request: Request, url: URL, ctx: OptimizerContext): Promise<Response> {
  if (request.method !== "GET" && request.method !== "HEAD") {
    return new Response("Method Not Allowed", { status: 405, headers: { allow: "GET, HEAD" } });
  }
  const parsed = parseImageParams(url.searchParams, ctx.config);
  if (!parsed.ok) return text(400, parsed.message);
  const { source, width, quality } = parsed.params;
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
    const target = outputType(negotiateFormat(request.headers.get("accept"), ctx.config.formats), type);
    try {
      const resized = await ctx.host?.resize?.(upstream.bytes, { width, quality, type: target }, request);
      if (resized) {
        body = resized;
        bodyType = target;
      }
    } catch (error) {
      // A file the resizer cannot read is still an image the browser may show: serve it as it is.
      console.warn(`[vinext] /_next/image could not resize ${source.kind === "local" ? source.href : source.url.href}; serving the original.`, error);
    }
  }

  const pathname = source.kind === "local" ? source.pathname : source.url.pathname;
  const hashedAsset = source.kind === "local" && pathname.startsWith("/assets/");
  const maxAge = ctx.dev ? 0 : maxAgeOf(upstream.cacheControl, ctx.config.minimumCacheTTL);
  const etag = await etagOf(body);
  const headers = new Headers({
    "content-type": bodyType,
    "cache-control": hashedAsset && !ctx.dev ? IMMUTABLE : `public, max-age=${maxAge}, must-revalidate`,
    vary: "Accept",
    etag,
    "content-security-policy": ctx.config.contentSecurityPolicy,
    "content-disposition": `${ctx.config.contentDispositionType}; filename="${fileName(pathname, bodyType)}"`,
    "x-content-type-options": "nosniff",
  });
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  headers.set("content-length", String(body.byteLength));
  return new Response(request.method === "HEAD" ? null : (body as Uint8Array<ArrayBuffer>), { headers });
}
