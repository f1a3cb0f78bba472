// Nitro module that pre-renders App Router pages at build time. It seeds the
// prerenderer with the handler's index route (which lists every static path and
// its Flight twin, generateStaticParams included), runs the prerender worker
// with VINEXT_PRERENDER=1, leaves pages that turned out dynamic unwritten, and
// records which paths were written for the route table.
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { NitroModule } from "nitro/types";
import { seedFileFor, SEED_CONTENT_TYPE } from "../runtime/server/isr-seed";
import { DYNAMIC_CONTENT_TYPE, PRERENDER_INDEX_PATH } from "../runtime/server/prerender";
import { distDir } from "../vite/paths";

export interface PrerenderRecord {
  /** Paths written to the public folder (pages and their `.rsc` Flight files). */
  written: Set<string>;
}

export function prerenderModule(record: PrerenderRecord): NitroModule {
  return {
    name: "vinext:prerender",
    setup(nitro) {
      // A page that fails to render at build time fails the build, as in Next.
      nitro.options.prerender.failOnError = true;
      // Draft mode must reach the handler, but Node's static layer answers pre-rendered pages
      // first: this plugin sends requests with the bypass cookie on (Workers: the renderer does).
      if (!nitro.options.dev && nitro.options.serveStatic && nitro.options.preset !== "nitro-prerender") {
        nitro.options.plugins.push(join(distDir, "nitro/runtime/draft-mode-plugin.mjs"));
      }
      nitro.hooks.hook("prerender:routes", (routes) => {
        routes.add(PRERENDER_INDEX_PATH);
      });
      nitro.hooks.hook("prerender:init", () => {
        // Read by the prerender worker only (it is spawned after this hook).
        process.env.VINEXT_PRERENDER = "1";
      });
      nitro.hooks.hook("prerender:generate", (route) => {
        if (route.contentType?.startsWith(DYNAMIC_CONTENT_TYPE)) route.skip = true;
        // Pages are kept out of the public URL space, for the ISR store (runtime/server/isr-seed.ts).
        if (route.contentType?.startsWith(SEED_CONTENT_TYPE)) route.fileName = `/${seedFileFor(route.route)}`;
      });
      nitro.hooks.hook("prerender:route", (route) => {
        if (!route.skip && !route.error && route.route !== PRERENDER_INDEX_PATH) record.written.add(route.route);
      });
      nitro.hooks.hook("compiled", () => servePagesWithoutTrailingSlash(nitro.options.output.serverDir));
      nitro.hooks.hook("prerender:done", () => {
        delete process.env.VINEXT_PRERENDER;
        // The index must be written for Nitro to follow its links; it is not part of the site.
        rmSync(join(nitro.options.output.publicDir, PRERENDER_INDEX_PATH.split("/")[1]!), { recursive: true, force: true });
      });
    },
  };
}

/**
 * Workers' asset server redirects `/about` to `/about/` for `about/index.html`
 * by default; Next's URLs have no trailing slash, so serve pre-rendered pages at
 * `/about` directly (Cloudflare's `html_handling: "drop-trailing-slash"`). See
 * src/nitro/runtime/renderer.ts for the worker-first side.
 */
function servePagesWithoutTrailingSlash(serverDir: string): void {
  const file = join(serverDir, "wrangler.json");
  if (!existsSync(file)) return;
  const config = JSON.parse(readFileSync(file, "utf8"));
  if (!config.assets) return;
  config.assets.html_handling ??= "drop-trailing-slash";
  // The asset layer answers every method on a pre-rendered path (POST → 405), which
  // would swallow Server Actions; the worker runs first and asks ASSETS for GET/HEAD.
  config.assets.run_worker_first ??= true;
  writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`);
}
