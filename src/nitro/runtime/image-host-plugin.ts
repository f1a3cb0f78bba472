// Nitro runtime plugin (every preset, dev included), registered by
// src/nitro/image-host-module.ts: attaches what this host lends `/_next/image`
// (image-host.ts) to each request before any other middleware or the renderer
// passes it to the rsc service.
import { attachImageHost } from "./image-host";

type Middleware = (event: { req: Request }, next: () => unknown) => unknown;

export default function imageHostPlugin(nitroApp: { h3: { "~middleware": Middleware[] } }): void {
  nitroApp.h3["~middleware"].unshift((event, next) => {
    attachImageHost(event.req);
    return next();
  });
}
