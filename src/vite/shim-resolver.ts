// Resolves `next/*` imports to vinext's shims (src/shims/map.ts is the table).
// Server environments using the react-server condition get the react-server variant.
import type { Plugin } from "vite";
import { lookupShim, unknownShimMessage } from "../shims/map";
import { shimPath } from "./paths";

export function shimResolverPlugin(): Plugin {
  return {
    name: "vinext:shim-resolver",
    enforce: "pre",
    resolveId: {
      filter: { id: /^next(\/|$)/ },
      handler(id, importer) {
        const entry = lookupShim(id);
        if (!entry) {
          if (id === "next" || id.startsWith("next/")) this.error(unknownShimMessage(id, importer));
          return null;
        }
        if ("unsupported" in entry) this.error(`[vinext] "${id}"${importer ? ` imported by ${importer}` : ""}: ${entry.unsupported}`);
        const reactServer = this.environment.config.resolve.conditions.includes("react-server");
        return shimPath(reactServer && entry.reactServer ? entry.reactServer : entry.file);
      },
    },
  };
}
