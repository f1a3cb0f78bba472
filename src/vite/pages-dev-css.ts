// DEV ONLY. `virtual:vinext/pages-dev-css?pages=/_app,/about`: the stylesheets
// the listed pages import (global CSS from _app, CSS modules, transitively),
// found in the ssr environment's module graph, so the first HTML response of
// `vinext dev` links them like a build does instead of waiting for the JS (Next
// server-renders the links in dev as well; test/integration/css). The page
// modules are loaded before this module is asked for, so the graph knows them.
import { isCSSRequest, type DevEnvironment, type EnvironmentModuleNode, type Plugin } from "vite";

const PREFIX = "virtual:vinext/pages-dev-css";

/** Client URLs (served as text/css by Vite with `?direct`) of the CSS modules `roots` import. */
function stylesheetsOf(roots: EnvironmentModuleNode[]): string[] {
  const seen = new Set<EnvironmentModuleNode>();
  const css: string[] = [];
  const walk = (mod: EnvironmentModuleNode) => {
    if (seen.has(mod)) return;
    seen.add(mod);
    if (mod.id && isCSSRequest(mod.id) && !/[?&](inline|raw|url)\b/.test(mod.id)) {
      css.push(`${mod.url}${mod.url.includes("?") ? "&" : "?"}direct`);
      return;
    }
    for (const dep of mod.importedModules) walk(dep);
  };
  for (const root of roots) walk(root);
  return css;
}

export function pagesDevCssPlugin(files: () => Record<string, string>): Plugin {
  return {
    name: "vinext:pages-dev-css",
    apply: "serve",
    resolveId: {
      filter: { id: /^virtual:vinext\/pages-dev-css\?/ },
      handler: (id) => `\0${id}`,
    },
    load: {
      filter: { id: /^\0virtual:vinext\/pages-dev-css\?/ },
      handler(id) {
        const pages = new URLSearchParams(id.slice(id.indexOf("?") + 1)).get("pages")?.split(",") ?? [];
        // apply: "serve": the environment is a dev one.
        const graph = (this.environment as DevEnvironment).moduleGraph;
        const roots = pages.flatMap((page) => {
          const file = files()[page];
          return file ? [...(graph.getModulesByFile(file) ?? [])] : [];
        });
        return `export default ${JSON.stringify(stylesheetsOf(roots))};`;
      },
    },
    configureServer(server) {
      // A page may import a new stylesheet: recompute every list on the next request.
      server.watcher.on("change", () => {
        for (const env of Object.values(server.environments)) {
          for (const [id, mod] of env.moduleGraph.idToModuleMap) if (id.startsWith(`\0${PREFIX}`)) env.moduleGraph.invalidateModule(mod);
        }
      });
    },
  };
}
