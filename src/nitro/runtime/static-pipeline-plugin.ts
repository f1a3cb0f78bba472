// Nitro runtime plugin (Node output and dev), registered by src/nitro/static-pipeline.ts
// when the app has middleware or next.config routing rules. Nitro's static
// middleware would answer public/ files and pre-rendered pages before any
// handler, so middleware could neither see nor block them; this middleware runs
// first and sends every request except hashed build assets to the rsc handler,
// with a static server attached for the pipeline's filesystem step and the ISR
// store (as the renderer attaches it).
import { fetchViteEnv } from "nitro/vite/runtime";
import { attachStaticServer, isHashedAsset, withStorage } from "./static-host";

type Middleware = (event: { req: Request; url: URL }, next: () => unknown) => unknown;

export default function staticPipelinePlugin(nitroApp: { h3: { "~middleware": Middleware[] } }): void {
  // First in line: Nitro puts its static middleware at the front of h3's list.
  nitroApp.h3["~middleware"].unshift((event, next) => {
    if (isHashedAsset(event.url.pathname)) return next();
    return fetchViteEnv("rsc", attachStaticServer(withStorage(event.req)));
  });
}
