// BUILD TIME. next/image's plumbing: `virtual:vinext/image-config` (the validated
// `images` config, data only, for client and server), `virtual:vinext/image-loader`
// (images.loaderFile's default export), static image imports (transforms/static-image.ts),
// and the Nitro module choosing each host's resizer (nitro/image-host-module.ts).
import { builtAssetsOf } from "./base-path-plugin";
import type { Plugin } from "vite";
import { imageHostModule } from "../nitro/image-host-module";
import { resolveImageConfig, type ResolvedImages } from "./image-config";
import type { ResolvedOptions } from "./options";
import { staticImagePlugin } from "./transforms/static-image";

const CONFIG_ID = "virtual:vinext/image-config";
const LOADER_ID = "virtual:vinext/image-loader";

export function imagePlugins(getOptions: () => ResolvedOptions): Plugin[] {
  let resolved: ResolvedImages | undefined;
  const images = (): ResolvedImages => {
    if (!resolved) {
      const options = getOptions();
      resolved = resolveImageConfig(options.nextConfig, options.nextConfigFile, options.root, options.pipeline.basePath, builtAssetsOf(options));
    }
    return resolved;
  };
  const virtual: Plugin = {
    name: "vinext:image-config",
    nitro: imageHostModule(() => images().config),
    configResolved() {
      resolved = undefined;
      images();
    },
    resolveId: {
      filter: { id: /^virtual:vinext\/image-(config|loader)$/ },
      handler: (id) => `\0${id}`,
    },
    load: {
      filter: { id: /^\0virtual:vinext\/image-(config|loader)$/ },
      handler(id) {
        const { config, loaderFile } = images();
        if (id === `\0${CONFIG_ID}`) return `export const imageConfig = ${JSON.stringify(config)};\n`;
        if (id === `\0${LOADER_ID}`) {
          return loaderFile ? `export { default } from ${JSON.stringify(loaderFile)};\n` : "export default undefined;\n";
        }
        return null;
      },
    },
  };
  return [virtual, staticImagePlugin()];
}
