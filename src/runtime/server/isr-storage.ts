// The ISR store for a request: the unstorage `isr` mount the Nitro renderer
// attaches to the host request (src/nitro/runtime/renderer.ts), wrapped in the
// cache handler and scoped to this build and host. Undefined in dev (Next
// renders every request there) and while pre-rendering.
import { serverConfig } from "virtual:vinext/server-config";
import { createCacheHandler, type CacheHandler, type StorageLike } from "../../storage";
import { ISR_STORAGE } from "./host-request";
import { isPrerendering } from "./prerender";
import { outsideRequest } from "./request-store";

const handlers = new WeakMap<StorageLike, Map<string, CacheHandler>>();
/** Hosts remembered per storage; forged Host headers must not grow memory without bound. */
const MAX_HOSTS = 64;

const isolated = new WeakMap<StorageLike, StorageLike>();

/** The mount with every call made outside the request (drivers over HTTP use fetch, which a render patches). */
function storageOf(request: Request): StorageLike | undefined {
  const storage = (request as Request & { [ISR_STORAGE]?: StorageLike })[ISR_STORAGE];
  if (!storage || typeof storage.getItem !== "function") return undefined;
  let wrapped = isolated.get(storage);
  if (!wrapped) {
    wrapped = {
      getItem: (key) => outsideRequest(() => storage.getItem(key)),
      setItem: (key, value, options) => outsideRequest(() => storage.setItem(key, value, options)),
      removeItem: (key) => outsideRequest(() => storage.removeItem(key)),
    };
    isolated.set(storage, wrapped);
  }
  return wrapped;
}

export function isrEnabled(): boolean {
  return serverConfig.isr.enabled && !isPrerendering();
}

/** The cache handler for `request`'s host, or undefined when ISR is off. */
export function cacheHandlerFor(request: Request): CacheHandler | undefined {
  if (!isrEnabled()) return undefined;
  const storage = storageOf(request);
  if (!storage) return undefined;
  const host = new URL(request.url).host;
  let byHost = handlers.get(storage);
  if (!byHost) handlers.set(storage, (byHost = new Map()));
  let handler = byHost.get(host);
  if (!handler) {
    handler = createCacheHandler({ storage, scope: { buildId: serverConfig.buildId, host } });
    if (byHost.size < MAX_HOSTS) byHost.set(host, handler);
  }
  return handler;
}
