// Serves `virtual:vinext/app-routes` and keeps it current in dev: adding or
// removing a file under app/ rescans and reloads the server environments.
import type { Plugin, ViteDevServer } from "vite";
import type { AppManifest } from "../runtime/routing/app-manifest";
import type { ResolvedOptions } from "./options";
import { scanApp } from "./routing/scan-app";
import { APP_ROUTES_ID, appRoutesModule } from "./virtual/app-routes";

const RESOLVED_ID = `\0${APP_ROUTES_ID}`;

export function appRoutesPlugin(getOptions: () => ResolvedOptions): Plugin {
  let manifest: AppManifest | undefined;
  const current = () => (manifest ??= scanApp(getOptions().appDir, getOptions().pageExtensions));

  const invalidate = (server: ViteDevServer, file: string) => {
    const { appDir } = getOptions();
    if (!file.startsWith(appDir)) return;
    manifest = undefined;
    for (const env of Object.values(server.environments)) {
      const mod = env.moduleGraph.getModuleById(RESOLVED_ID);
      if (!mod) continue;
      env.moduleGraph.invalidateModule(mod);
      env.hot.send({ type: "full-reload", triggeredBy: file });
    }
  };

  return {
    name: "vinext:app-routes",
    resolveId: {
      filter: { id: /^virtual:vinext\/app-routes$/ },
      handler: () => RESOLVED_ID,
    },
    load: {
      filter: { id: /^\0virtual:vinext\/app-routes$/ },
      handler() {
        try {
          return appRoutesModule(current());
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

/** The manifest as last scanned (for the build report). */
export function scanForReport(options: ResolvedOptions): AppManifest {
  return scanApp(options.appDir, options.pageExtensions);
}
