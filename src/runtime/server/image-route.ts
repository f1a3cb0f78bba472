// Where `/_next/image` joins the request pipeline: handler.ts asks imageRoute()
// first; it answers only the configured optimiser path (images.path, basePath
// included) and leaves every other URL to the pipeline.
import { imageConfig } from "virtual:vinext/image-config";
import { copyHostExtras } from "./host-request";
import { imageHostOf } from "./image-host";
import { handleImageRequest } from "./image-optimizer";
import { cacheHandlerFor } from "./isr-storage";

function waitUntilOf(request: Request): ((work: Promise<unknown>) => void) | undefined {
  const waitUntil = (request as Request & { waitUntil?: unknown }).waitUntil;
  return typeof waitUntil === "function" ? (work) => (waitUntil as (work: Promise<unknown>) => void).call(request, work) : undefined;
}

export function imageRoute(hostRequest: Request, request: Request, url: URL, pipeline: (request: Request) => Promise<Response>): Promise<Response> | undefined {
  if (!imageConfig.path.startsWith("/") || url.pathname !== imageConfig.path) return undefined;
  return handleImageRequest(request, url, {
    config: imageConfig,
    host: imageHostOf(hostRequest),
    // A local URL no static file answers (a route handler drawing an image) goes through the pipeline.
    internalFetch: (target) => pipeline(copyHostExtras(hostRequest, new Request(target, { headers: { accept: "image/*" } }))),
    dev: import.meta.env.DEV,
    cache: cacheHandlerFor(hostRequest),
    waitUntil: waitUntilOf(hostRequest),
  });
}
