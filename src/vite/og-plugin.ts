// Serves `virtual:vinext/og-assets` (next/og's wasm and default font) to the
// server environments, and keeps the wasm `?module` imports external in the
// Vite build so Nitro's bundler (unwasm) turns them into the host's wasm form.
import type { Plugin } from "vite";
import { RSC_ENV, SSR_ENV } from "./environments";
import { OG_ASSETS_ID, ogAssetsBuildModule, ogAssetsClientModule, ogAssetsDevModule, resolveOgAssets, stageOgWasm } from "./virtual/og-assets";

const RESOLVED_ID = `\0${OG_ASSETS_ID}`;
const CLIENT_ERROR =
  "[vinext] next/og (ImageResponse) draws images on the server only: use it in a route handler or a metadata image file (opengraph-image.tsx, icon.tsx), not in a client component.";

export function ogPlugin(): Plugin {
  let command: "build" | "serve" = "build";
  let root = process.cwd();
  return {
    name: "vinext:og",
    configResolved(config) {
      command = config.command;
      root = config.root;
    },
    resolveId: {
      // Before vite:resolve, which would hand the .wasm to the bundler as a file.
      order: "pre",
      filter: { id: [/^virtual:vinext\/og-assets$/, /\.wasm\?module$/] },
      handler(id) {
        if (id === OG_ASSETS_ID) return RESOLVED_ID;
        // Only our own absolute imports: Nitro resolves and bundles them next.
        const service = this.environment.name === RSC_ENV || this.environment.name === SSR_ENV;
        if (command === "build" && service && id.startsWith("/")) return { id, external: true };
        return null;
      },
    },
    load: {
      filter: { id: /^\0virtual:vinext\/og-assets$/ },
      handler() {
        // A client module that merely imports next/server (for a type, say) must still build:
        // the browser gets a module that fails only if an image is actually drawn there.
        if (this.environment.config.consumer !== "server") return ogAssetsClientModule(CLIENT_ERROR);
        const files = resolveOgAssets();
        return command === "serve" ? ogAssetsDevModule(files) : ogAssetsBuildModule(stageOgWasm(files, root));
      },
    },
  };
}
