// BUILD TIME. Picks how `/_next/image` resizes on each host, as the Nitro virtual
// module `#vinext/image-host` (read by runtime/image-host.ts):
//  - node presets and dev: sharp, loaded on first use (image-sharp.ts); never in a Workers bundle,
//  - cloudflare presets: the Images binding `IMAGES` when configured (image-cloudflare.ts),
//  - other presets (vercel, netlify, ...): the platform's optimiser takes `/_next/image`
//    (nitro/image-hosting.ts); if a request still arrives the original is served.
import { join } from "node:path";
import type { Nitro, NitroModule } from "nitro/types";
import type { ImageConfig } from "../runtime/image/config";
import { distDir } from "../vite/paths";

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
  return `${lines.join("\n")}\n`;
}

/** The Nitro module (nitro/vite installs the `nitro` field of a Vite plugin). */
export function imageHostModule(_getConfig: () => ImageConfig): NitroModule {
  return {
    name: "vinext:image-host",
    setup(nitro: Nitro) {
      const kind = imageHostKind(nitro.options.preset, nitro.options.dev);
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
