// Fetches the source of an optimiser request. Local paths come from the host's
// static files (public/, hashed build assets), else through the pipeline itself
// (a route handler drawing an image); in dev from the dev server over HTTP.
// Remote URLs are fetched with redirects followed by hand, each hop checked
// against remotePatterns and the private-address rule, and a size cap.
import type { ImageConfig } from "../image/config";
import type { ImageHost } from "./image-host";
import type { ImageSource } from "./image-params";
import { concatBytes } from "../bytes";
import { isPrivateHost, remoteAllowed } from "./image-patterns";

export class ImageError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface SourceImage {
  bytes: Uint8Array;
  contentType: string | null;
  cacheControl: string | null;
}

export interface SourceContext {
  request: Request;
  config: ImageConfig;
  host: ImageHost | undefined;
  /** Runs a GET through vinext's own request pipeline. */
  internalFetch: (url: URL) => Promise<Response>;
}

const FETCH_TIMEOUT_MS = 7000;

async function readCapped(response: Response, limit: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get("content-length") ?? "0");
  if (declared > limit) throw new ImageError(413, '"url" parameter is valid but upstream response is too large');
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new ImageError(413, '"url" parameter is valid but upstream response is too large');
    }
    chunks.push(value);
  }
  return concatBytes(chunks, size);
}

async function toSource(response: Response, limit: number): Promise<SourceImage> {
  if (!response.ok) {
    await response.body?.cancel();
    throw new ImageError(response.status >= 400 ? response.status : 400, '"url" parameter is valid but upstream response is invalid');
  }
  return { bytes: await readCapped(response, limit), contentType: response.headers.get("content-type"), cacheControl: response.headers.get("cache-control") };
}

async function loadLocal(source: Extract<ImageSource, { kind: "local" }>, ctx: SourceContext): Promise<SourceImage> {
  const url = new URL(source.href, ctx.request.url);
  const get = new Request(url, { method: "GET" });
  if (ctx.host?.kind === "dev") return toSource(await fetch(url, { redirect: "manual" }), ctx.config.maximumResponseBody);
  const file = !source.search ? await ctx.host?.readAsset?.(source.pathname, get) : undefined;
  return toSource(file ?? (await ctx.internalFetch(url)), ctx.config.maximumResponseBody);
}

async function assertPublicAddress(url: URL, ctx: SourceContext): Promise<void> {
  if (ctx.config.dangerouslyAllowLocalIP) return;
  if (isPrivateHost(url.hostname)) throw new ImageError(400, '"url" parameter is not allowed');
  // Where the host can resolve names (Node), a public name pointing at a private address is refused too.
  const addresses = await ctx.host?.lookup?.(url.hostname).catch(() => undefined);
  if (addresses?.some(isPrivateHost)) throw new ImageError(400, '"url" parameter is not allowed');
}

async function loadRemote(start: URL, ctx: SourceContext): Promise<SourceImage> {
  let url = start;
  for (let hop = 0; ; hop++) {
    await assertPublicAddress(url, ctx);
    let response: Response;
    try {
      response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
    } catch {
      throw new ImageError(502, '"url" parameter is valid but upstream response is invalid');
    }
    const location = response.headers.get("location");
    if (response.status < 300 || response.status >= 400 || !location) return toSource(response, ctx.config.maximumResponseBody);
    await response.body?.cancel();
    if (hop >= ctx.config.maximumRedirects) throw new ImageError(508, '"url" parameter is valid but upstream response has too many redirects');
    url = new URL(location, url);
    if ((url.protocol !== "http:" && url.protocol !== "https:") || !remoteAllowed(url, ctx.config.remotePatterns, ctx.config.domains)) {
      throw new ImageError(400, '"url" parameter is not allowed');
    }
  }
}

export function loadSource(source: ImageSource, ctx: SourceContext): Promise<SourceImage> {
  return source.kind === "local" ? loadLocal(source, ctx) : loadRemote(source.url, ctx);
}
