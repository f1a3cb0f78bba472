// The static-file servers the Nitro side hands to the pipeline (runtime/server/
// static-files.ts) when middleware or next.config rules must see public/ files
// and pre-rendered pages: the host's static layer then no longer answers them
// first (src/nitro/static-pipeline.ts). One server per host:
//  - "node":   Nitro's public-asset manifest and reader (what its static middleware uses),
//  - "assets": the Workers ASSETS binding,
//  - "dev":    files read from the app's public/ folder.
// Hashed build assets (`/assets/*`) stay with the host's static layer.
// @ts-expect-error Nitro's virtual module: resolved by Nitro's bundler, not typed for us.
import { getAsset as nitroGetAsset, readAsset as nitroReadAsset } from "#nitro/virtual/public-assets";
import { assetsPath, mode, publicDir, seedMode } from "#vinext/static-host";
import { useStorage } from "nitro/storage";

export type StaticServer = (pathname: string, request: Request) => Promise<Response | undefined>;

interface NitroAsset {
  type?: string;
  etag?: string;
  mtime?: string;
  size?: number;
  encoding?: string;
}

const getAsset = nitroGetAsset as (id: string) => NitroAsset | undefined;
const readAsset = nitroReadAsset as (id: string) => Promise<Uint8Array<ArrayBuffer> | null>;

/** Same keys as Symbol.for in runtime/server/host-request.ts (separate module graphs). */
const STATIC_SERVER = Symbol.for("vinext.static-server");
const ISR_SEED_READER = Symbol.for("vinext.isr-seed-reader");
const ISR_STORAGE = Symbol.for("vinext.isr-storage");

/** True when vinext's pipeline (not the host's static layer) serves public files and pre-rendered pages. */
export const pipelineOwnsStatic = mode !== "host";

/** Vite's hashed build output: immutable, served by the host's static layer directly (also under a path assetPrefix or the basePath). */
export function isHashedAsset(pathname: string): boolean {
  return pathname.startsWith("/assets/") || pathname.startsWith(assetsPath);
}

function decoded(pathname: string): string | undefined {
  try {
    const path = decodeURIComponent(pathname);
    // A decoded "/" or ".." could climb out of the folder; such a path is never a file.
    return path.split("/").some((part) => part === ".." || part === "." || part.includes("\\") || part.includes("\0")) ? undefined : path;
  } catch {
    return undefined;
  }
}

function notModified(request: Request, etag: string | undefined): Response | undefined {
  if (!etag || request.headers.get("if-none-match") !== etag) return undefined;
  return new Response(null, { status: 304, headers: { etag } });
}

export const nodeServer: StaticServer = async (pathname, request) => {
  const path = decoded(pathname);
  if (path === undefined) return undefined;
  const id = [path, `${path === "/" ? "" : path.replace(/\/$/, "")}/index.html`].find((candidate) => getAsset(candidate) && !getAsset(candidate)!.encoding);
  if (!id) return undefined;
  const asset = getAsset(id)!;
  const cached = notModified(request, asset.etag);
  if (cached) return cached;
  const body = await readAsset(id);
  if (!body) return undefined;
  const headers = new Headers();
  if (asset.type) headers.set("content-type", asset.type);
  if (asset.etag) headers.set("etag", asset.etag);
  if (asset.mtime) headers.set("last-modified", new Date(asset.mtime).toUTCString());
  headers.set("content-length", String(body.byteLength));
  return new Response(request.method === "HEAD" ? null : body, { headers });
};

interface AssetsBinding {
  fetch(request: Request): Promise<Response>;
}

export const assetsServer: StaticServer = async (pathname, request) => {
  const assets = (globalThis as { __env__?: { ASSETS?: AssetsBinding } }).__env__?.ASSETS;
  if (!assets) return undefined;
  const response = await assets.fetch(new Request(new URL(pathname, request.url), { method: request.method, headers: request.headers }));
  if (response.status === 404) {
    await response.body?.cancel();
    return undefined;
  }
  return response;
};

const TYPES: Record<string, string> = {
  html: "text/html; charset=utf-8",
  txt: "text/plain; charset=utf-8",
  css: "text/css; charset=utf-8",
  js: "text/javascript; charset=utf-8",
  mjs: "text/javascript; charset=utf-8",
  json: "application/json",
  xml: "application/xml",
  svg: "image/svg+xml",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  avif: "image/avif",
  ico: "image/x-icon",
  woff: "font/woff",
  woff2: "font/woff2",
  pdf: "application/pdf",
  webmanifest: "application/manifest+json",
  rsc: "text/x-component",
};

/** Dev only (always Node): reads public/ directly, so edits show at once. */
const devServer: StaticServer = async (pathname, request) => {
  const path = decoded(pathname);
  if (path === undefined || path.endsWith("/")) return undefined;
  const fs = process.getBuiltinModule("node:fs/promises");
  const file = publicDir + path;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return undefined;
    const ext = path.slice(path.lastIndexOf(".") + 1).toLowerCase();
    const headers = { "content-type": TYPES[ext] ?? "application/octet-stream", "content-length": String(stat.size), "cache-control": "no-cache" };
    return new Response(request.method === "HEAD" ? null : await fs.readFile(file), { headers });
  } catch {
    return undefined;
  }
};

const SERVERS: Record<string, StaticServer | undefined> = { node: nodeServer, assets: assetsServer, dev: devServer };

/** Hands the host's static server to the pipeline on this request (see runtime/server/static-files.ts). */
export function attachStaticServer(request: Request): Request {
  const server = SERVERS[mode];
  if (server) Object.defineProperty(request, STATIC_SERVER, { value: server, configurable: true, enumerable: false });
  return request;
}

type SeedReader = (path: string, request: Request) => Promise<Uint8Array | undefined>;

async function bytesOf(response: Response | undefined): Promise<Uint8Array | undefined> {
  if (!response) return undefined;
  if (!response.ok) {
    await response.body?.cancel();
    return undefined;
  }
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * Build-time pre-rendered pages are kept as seed files for the ISR store (see
 * src/nitro/prerender-pages.ts), read from wherever the host keeps the build's
 * public files: Nitro's asset table on Node, ASSETS on Workers, the platform's
 * CDN (the app's own origin) elsewhere.
 */
const SEED_READERS: Record<string, SeedReader | undefined> = {
  node: async (path) => {
    if (!getAsset(path)) return undefined;
    return (await readAsset(path)) ?? undefined;
  },
  assets: async (path, request) => {
    const assets = (globalThis as { __env__?: { ASSETS?: AssetsBinding } }).__env__?.ASSETS;
    return assets ? bytesOf(await assets.fetch(new Request(new URL(path, request.url)))) : undefined;
  },
  origin: async (path, request) => bytesOf(await fetch(new URL(path, request.url)).catch(() => undefined)),
};

/** Hands the ISR seed reader to the pipeline (runtime/server/isr-seed.ts). */
function attachSeedReader(request: Request): Request {
  const reader = SEED_READERS[seedMode];
  if (reader) Object.defineProperty(request, ISR_SEED_READER, { value: reader, configurable: true, enumerable: false });
  return request;
}

/**
 * The `isr` storage mount (src/nitro/storage.ts) and the seed reader travel with
 * the request to the rsc service. Every way into it must attach them (the
 * renderer, and static-pipeline-plugin.ts when the pipeline owns static files),
 * or ISR silently renders every request.
 */
export function withStorage(request: Request): Request {
  Object.defineProperty(request, ISR_STORAGE, { value: useStorage("isr"), configurable: true, enumerable: false });
  return attachSeedReader(request);
}
