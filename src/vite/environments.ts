// The only file that names the three Vite environments and wires their entries.
// rsc renders server components (react-server condition), ssr turns Flight into
// HTML, client hydrates. Nitro discovers rsc and ssr as services from their inputs.
import type { EnvironmentOptions } from "vite";
import { runtimePath } from "./paths";

export const RSC_ENV = "rsc";
export const SSR_ENV = "ssr";
export const CLIENT_ENV = "client";
/** The client build's second entry: the Pages Router's browser entry (only when pages/ exists). */
export const PAGES_CLIENT_INPUT = "pages";

// plugin-rsc links the rsc build to the ssr entry as `<outDir>/index.js`; without
// this, a project whose package.json lacks "type": "module" gets `.mjs` names.
const serverOutput = { entryFileNames: "[name].js", chunkFileNames: "assets/[name]-[hash].js" };

export function environmentsConfig(clientDefines: Record<string, string>, options: { pages?: boolean } = {}): Record<string, EnvironmentOptions> {
  const pagesInput: Record<string, string> = options.pages ? { [PAGES_CLIENT_INPUT]: runtimePath("entries/pages-browser") } : {};
  return {
    [RSC_ENV]: {
      build: { rollupOptions: { input: { index: runtimePath("entries/rsc") }, output: serverOutput } },
    },
    [SSR_ENV]: {
      build: { rollupOptions: { input: { index: runtimePath("entries/ssr") }, output: serverOutput } },
    },
    [CLIENT_ENV]: {
      consumer: "client",
      define: clientDefines,
      build: { rollupOptions: { input: { index: runtimePath("entries/browser"), ...pagesInput } } },
      optimizeDeps: {
        include: ["react", "react-dom", "react-dom/client", "react/jsx-runtime", "react/jsx-dev-runtime"],
      },
    },
  };
}
