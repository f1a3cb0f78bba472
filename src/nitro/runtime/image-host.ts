// Hands `/_next/image` what this host can do (runtime/server/image-host.ts):
// its static files, a resizer and DNS, chosen at build time by
// src/nitro/image-host-module.ts through `#vinext/image-host`.
import { host, lookupAddresses, readNodeAsset, resizeImage } from "#vinext/image-host";
import type { StaticServer } from "./static-host";

const workersAsset: StaticServer = async (pathname, request) => {
  const assets = (globalThis as { __env__?: { ASSETS?: { fetch(request: Request): Promise<Response> } } }).__env__?.ASSETS;
  if (!assets) return undefined;
  const response = await assets.fetch(new Request(new URL(pathname, request.url), { method: request.method, headers: request.headers }));
  if (response.status !== 404) return response;
  await response.body?.cancel();
  return undefined;
};

/** Same key as Symbol.for in runtime/server/image-host.ts (separate module graphs). */
const IMAGE_HOST = Symbol.for("vinext.image-host");

const imageHost = {
  kind: host,
  // Dev has no asset manifest: the optimiser asks the dev server over HTTP instead.
  // Not imported from static-host: this plugin loads eagerly, and sharing static-host with the
  // (lazy) renderer makes the Workers entry chunk export names, which workerd refuses as handlers.
  readAsset: host === "node" ? (readNodeAsset as StaticServer) : host === "cloudflare" ? workersAsset : undefined,
  resize: resizeImage,
  lookup: lookupAddresses,
};

export function attachImageHost(request: Request): Request {
  Object.defineProperty(request, IMAGE_HOST, { value: imageHost, configurable: true, enumerable: false });
  return request;
}
