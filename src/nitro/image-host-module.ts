// BUILD TIME. Picks how `/_next/image` resizes on each host, as the Nitro virtual
// module `#vinext/image-host` (read by runtime/image-host.ts):
//  - node presets and dev: sharp, loaded on first use (image-sharp.ts); never in a Workers bundle,
//  - cloudflare presets: the Images binding `IMAGES` when configured (image-cloudflare.ts),
//  - vercel and netlify: the platform's optimiser takes `/_next/image` (image-hosting.ts,
//    configured here through Nitro's `vercel.config` / `netlify.config`); other presets, and
//    any request that still arrives, serve the original.
import { join } from "node:path";
import type { Nitro, NitroModule } from "nitro/types";
import type { ImageConfig } from "../runtime/image/config";
import { distDir } from "../vite/paths";
import { netlifyImageRedirects, netlifyRemoteImages, vercelImageRoutes, vercelImagesConfig } from "./image-hosting";

export const IMAGE_HOST_ID = "#vinext/image-host";

export type ImageHostKind = "node" | "dev" | "cloudflare" | "platform";

export function imageHostKind(preset: string, dev: boolean): ImageHostKind {
  if (dev) return "dev";
  if (preset.startsWith("cloudflare")) return "cloudflare";
  if (preset === "node" || preset.startsWith("node-") || preset === "nitro-prerender") return "node";
  return "platform";
}

function hostModule(kind: ImageHostKind): string {
  const lines = [`export const host = ${JSON.stringify(kind)};`];
  const runtime = (file: string) => JSON.stringify(join(distDir, "nitro/runtime", file));
  if (kind === "node" || kind === "dev") lines.push(`export { resizeImage, lookupAddresses } from ${runtime("image-sharp.mjs")};`);
  else if (kind === "cloudflare") lines.push(`export { resizeImage } from ${runtime("image-cloudflare.mjs")};`, "export const lookupAddresses = undefined;");
  else lines.push("export const resizeImage = undefined;", "export const lookupAddresses = undefined;");
  // Node reads build files from Nitro's asset table (static-host.ts); only node builds import it here
  // (on Workers a second importer of static-host would make the entry chunk export names workerd refuses).
  lines.push(kind === "node" ? `export { nodeServer as readNodeAsset } from ${runtime("static-host.mjs")};` : "export const readNodeAsset = undefined;");
  return `${lines.join("\n")}\n`;
}

/** Hands next.config `images` to Vercel's and Netlify's optimisers through Nitro's own preset options. */
function configurePlatform(nitro: Nitro, config: ImageConfig): void {
  const preset = nitro.options.preset;
  if (preset.startsWith("vercel")) {
    const vercel = (nitro.options.vercel ??= {});
    const out = (vercel.config ??= {} as NonNullable<typeof vercel.config>);
    out.images ??= vercelImagesConfig(config) as unknown as typeof out.images;
    // Nitro merges these before its own routes (defu): the rewrite runs ahead of the function.
    out.routes = [...vercelImageRoutes(config), ...(out.routes ?? [])] as typeof out.routes;
  } else if (preset.startsWith("netlify")) {
    const netlify = (nitro.options.netlify ??= {});
    const out = (netlify.config ??= {});
    out.images = { ...out.images, remote_images: [...(out.images?.remote_images ?? []), ...netlifyRemoteImages(config)] };
    out.redirects = [...(netlifyImageRedirects(config) as unknown as NonNullable<typeof out.redirects>), ...(out.redirects ?? [])];
  }
}

/** The Nitro module (nitro/vite installs the `nitro` field of a Vite plugin). */
export function imageHostModule(getConfig: () => ImageConfig): NitroModule {
  return {
    name: "vinext:image-host",
    setup(nitro: Nitro) {
      const kind = imageHostKind(nitro.options.preset, nitro.options.dev);
      if (kind === "platform") configurePlatform(nitro, getConfig());
      nitro.options.virtual[IMAGE_HOST_ID] = () => hostModule(kind);
      // Registered after static-pipeline-plugin (plugin order in src/vite/plugin.ts), so its
      // middleware is unshifted last and runs first, before that one answers the request.
      nitro.options.plugins.push(join(distDir, "nitro/runtime/image-host-plugin.mjs"));
      // The pre-rendering build never optimises images: keep sharp out of it.
      nitro.hooks.hook("prerender:config", (config) => {
        config.virtual = { ...config.virtual, [IMAGE_HOST_ID]: hostModule("platform") };
      });
    },
  };
}
