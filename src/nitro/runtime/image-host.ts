// Hands `/_next/image` what this host can do (runtime/server/image-host.ts):
// its static files, a resizer and DNS, chosen at build time by
// src/nitro/image-host-module.ts through `#vinext/image-host`.
import { host, lookupAddresses, resizeImage } from "#vinext/image-host";
import { assetsServer, nodeServer } from "./static-host";

/** Same key as Symbol.for in runtime/server/image-host.ts (separate module graphs). */
const IMAGE_HOST = Symbol.for("vinext.image-host");

const imageHost = {
  kind: host,
  // Dev has no asset manifest: the optimiser asks the dev server over HTTP instead.
  readAsset: host === "node" ? nodeServer : host === "cloudflare" ? assetsServer : undefined,
  resize: resizeImage,
  lookup: lookupAddresses,
};

export function attachImageHost(request: Request): Request {
  Object.defineProperty(request, IMAGE_HOST, { value: imageHost, configurable: true, enumerable: false });
  return request;
}
