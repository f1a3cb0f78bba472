// Serves `virtual:vinext/middleware`: the app's middleware.ts (or Next 16's
// proxy.ts) and instrumentation.ts, found next to app/ (the project root or
// src/), as lazy imports loaded in the rsc environment; and
// `virtual:vinext/instrumentation-client` (instrumentation-client.ts) for the
// browser entry. In dev, adding or removing one of them reloads.
import { existsSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { Plugin, ViteDevServer } from "vite";
import type { ResolvedOptions } from "./options";
import { INSTRUMENTATION_CLIENT_ID, instrumentationClientModule, MIDDLEWARE_ID, middlewareModule, type ServerHookFiles } from "./virtual/middleware";

const EXTENSIONS = ["ts", "tsx", "mts", "js", "jsx", "mjs"];
const RESOLVED_ID = `\0${MIDDLEWARE_ID}`;
const RESOLVED_CLIENT_ID = `\0${INSTRUMENTATION_CLIENT_ID}`;
const WATCHED = /^(middleware|proxy|instrumentation|instrumentation-client)\.(ts|tsx|mts|js|jsx|mjs)$/;

function findFile(dir: string, name: string): string | undefined {
  return EXTENSIONS.map((ext) => join(dir, `${name}.${ext}`)).find((file) => existsSync(file));
}

/** Where Next looks: the folder holding app/ (the root, or src/ when the app lives there). */
export function hooksDir(options: Pick<ResolvedOptions, "root" | "appDir">): string {
  return dirname(options.appDir) === join(options.root, "src") ? join(options.root, "src") : options.root;
}

/** Finds middleware/proxy and instrumentation files; both middleware and proxy is an error. */
export function scanServerHooks(options: Pick<ResolvedOptions, "root" | "appDir">): ServerHookFiles {
  const dir = hooksDir(options);
  const middleware = findFile(dir, "middleware");
  const proxy = findFile(dir, "proxy");
  if (middleware && proxy) {
    throw new Error(`[vinext] Both ${middleware} and ${proxy} exist. Next 16 renamed middleware to proxy: keep one of them (proxy.ts exports \`proxy\`).`);
  }
  const file = proxy ?? middleware;
  return {
    middleware: file ? { file, kind: proxy ? "proxy" : "middleware" } : undefined,
    instrumentation: findFile(dir, "instrumentation"),
    instrumentationClient: findFile(dir, "instrumentation-client"),
  };
}

export function middlewarePlugin(getOptions: () => ResolvedOptions): Plugin<{ hooks(): ServerHookFiles }> {
  let hooks: ServerHookFiles | undefined;
  const current = () => (hooks ??= scanServerHooks(getOptions()));

  const invalidate = (server: ViteDevServer, file: string) => {
    if (!WATCHED.test(basename(file)) || dirname(file) !== hooksDir(getOptions())) return;
    hooks = undefined;
    for (const env of Object.values(server.environments)) {
      const mods = [RESOLVED_ID, RESOLVED_CLIENT_ID].map((id) => env.moduleGraph.getModuleById(id)).filter((mod) => mod !== undefined);
      if (mods.length === 0) continue;
      for (const mod of mods) env.moduleGraph.invalidateModule(mod);
      env.hot.send({ type: "full-reload", triggeredBy: file });
    }
  };

  return {
    name: "vinext:middleware",
    api: { hooks: current },
    resolveId: {
      filter: { id: /^virtual:vinext\/(middleware|instrumentation-client)$/ },
      handler: (id) => `\0${id}`,
    },
    load: {
      filter: { id: /^\0virtual:vinext\/(middleware|instrumentation-client)$/ },
      handler(id) {
        try {
          return id === RESOLVED_ID ? middlewareModule(current()) : instrumentationClientModule(current().instrumentationClient);
        } catch (error) {
          this.error((error as Error).message);
        }
      },
    },
    configureServer(server) {
      server.watcher.on("add", (file) => invalidate(server, file));
      server.watcher.on("unlink", (file) => invalidate(server, file));
    },
  };
}
