// Nitro runtime plugin (node-server): Nitro's static middleware serves
// pre-rendered pages before any handler. A request in draft mode (bypass cookie)
// for such a page goes to the rsc service instead, which renders it per request.
// Registered by src/nitro/prerender-pages.ts; see draft-mode-bypass.ts.
import { fetchViteEnv } from "nitro/vite/runtime";
// @ts-expect-error Nitro's virtual module: resolved by Nitro's bundler, not typed for us.
import { getAsset as nitroGetAsset } from "#nitro/virtual/public-assets";
import { isPrerenderedPage, wantsDraftMode } from "./draft-mode-bypass";

type Middleware = (event: { req: Request; url: URL }, next: () => unknown) => unknown;
const getAsset = nitroGetAsset as (id: string) => { type?: string } | undefined;

/** The public asset Nitro's static middleware would serve for `pathname` (same lookup). */
function assetFor(pathname: string): { type?: string } | undefined {
  let id = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  try {
    id = decodeURI(id);
  } catch {
    return undefined;
  }
  return getAsset(id) ?? getAsset(`${id === "/" ? "" : id}/index.html`);
}

export default function draftModePlugin(nitroApp: { h3: { "~middleware": Middleware[] } }): void {
  // First in line: Nitro puts its static middleware at the front of h3's list.
  nitroApp.h3["~middleware"].unshift(async (event, next) => {
    if (!wantsDraftMode(event.req)) return next();
    const asset = assetFor(event.url.pathname);
    if (!asset || !isPrerenderedPage(event.url.pathname, asset.type)) return next();
    const rendered = await fetchViteEnv("rsc", event.req);
    // Not a route (a public/ HTML file): the static file it is.
    if (rendered.status !== 404) return rendered;
    await rendered.body?.cancel();
    return next();
  });
}
