// BUILD TIME. What `output: "export"` can tell before building: next.config keys
// and files that need a server (ISR `revalidate` and per-request reads are found
// while pre-rendering: runtime/server/static-export.ts). Segment config and
// data-function exports are read from the source, as Next reads them. Lists
// every problem once, each naming its file. Next: test/integration/config-output-export, test/integration/app-dir-export,
// https://nextjs.org/docs/app/guides/static-exports#unsupported-features
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import type { AppManifest } from "../runtime/routing/app-manifest";
import { isDynamicPattern } from "../runtime/routing/segments";
import { scanServerHooks } from "./middleware-plugin";
import type { ResolvedOptions } from "./options";
import { scanApp } from "./routing/scan-app";
import { findPagesDir, scanPages } from "./routing/scan-pages";

export const EXPORT_DOCS = "https://nextjs.org/docs/app/guides/static-exports#unsupported-features";

/** Source without comments, so a commented-out export does not count. */
function code(file: string): string {
  try {
    return readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
  } catch {
    return "";
  }
}

/** `export function NAME`, `export const NAME =`, `export { x as NAME }`. */
export function exportsName(source: string, name: string): boolean {
  const declared = new RegExp(`export\\s+(?:async\\s+)?(?:function\\s*\\*?\\s*|(?:const|let|var)\\s+)${name}\\b`);
  if (declared.test(source)) return true;
  return [...source.matchAll(/export\s*\{([^}]*)\}/g)].some(([, list]) =>
    list!.split(",").some((item) => item.trim().split(/\s+as\s+/).at(-1)!.trim() === name),
  );
}

/** The literal of `export const NAME = <literal>` (segment config), if any. */
export function segmentConfigValue(source: string, name: string): string | undefined {
  const match = new RegExp(`export\\s+const\\s+${name}\\s*(?::[^=]+)?=\\s*([^;\\n]+)`).exec(source);
  return match?.[1]!.trim().replace(/^["'`](.*)["'`]$/, "$1");
}

function appProblems(manifest: AppManifest, label: (file: string) => string): string[] {
  const problems: string[] = [];
  for (const route of manifest.routes) {
    const own = route.chain.at(-1)!.files[route.kind]!;
    // Layouts down the chain and the route's own file (a parent folder's page is another route).
    const chain = [...route.chain.map((segment) => segment.files.layout).filter((file): file is string => !!file), own];
    const sources = new Map(chain.map((file) => [file, code(file)]));
    const where = `${label(own)} (${route.pattern})`;
    for (const [file, source] of sources) {
      if (segmentConfigValue(source, "dynamicParams") === "true") {
        problems.push(`${label(file)}: "dynamicParams: true" cannot be used with "output: export" (params not returned by generateStaticParams() need a server). Remove it or set it to false.`);
      }
      if (segmentConfigValue(source, "dynamic") === "force-dynamic") {
        const on = file === own ? ` on ${route.pattern}` : "";
        problems.push(`${label(file)}: \`export const dynamic = "force-dynamic"\`${on} cannot be used with "output: export". Remove it so every route below is rendered at build time.`);
      }
    }
    const ownSource = sources.get(own) ?? "";
    const exported = route.kind === "page" || exportsName(ownSource, "GET");
    if (exported && isDynamicPattern(route.segments) && ![...sources.values()].some((source) => exportsName(source, "generateStaticParams"))) {
      const what = route.kind === "page" ? "Page" : "Route handler";
      problems.push(`${where}: ${what} "${route.pattern}" is missing "generateStaticParams()" so it cannot be used with "output: export" config. Export generateStaticParams() listing every path to generate.`);
    }
  }
  return problems;
}

function pagesProblems(root: string, pageExtensions: string[], label: (file: string) => string): string[] {
  const { manifest, files } = scanPages(findPagesDir(root), pageExtensions);
  const problems: string[] = [];
  for (const route of manifest.routes) {
    const file = files[route.page]!;
    if (route.kind === "api") {
      problems.push(`${label(file)}: API Routes cannot be used with "output: export" (${route.page} needs a server). Move the logic to the client or to another service.`);
      continue;
    }
    const source = code(file);
    if (exportsName(source, "getServerSideProps")) {
      problems.push(`${label(file)}: getServerSideProps cannot be used with "output: export" (${route.page}). Use getStaticProps instead.`);
    }
    const fallback = /\bfallback\s*:\s*(true|["']blocking["'])/.exec(source);
    if (exportsName(source, "getStaticPaths") && fallback) {
      problems.push(`${label(file)}: getStaticPaths with "fallback: ${fallback[1]!.replace(/["']/g, "")}" cannot be used with "output: export" (${route.page}). Use fallback: false.`);
    }
    if (exportsName(source, "getStaticProps") && /\brevalidate\s*:\s*(?!false\b|0\b)[\w$.(]/.test(source)) {
      problems.push(`${label(file)}: ISR cannot be used with "output: export" (${route.page} returns \`revalidate\` from getStaticProps). Remove it: an exported page is generated once, at build time.`);
    }
  }
  return problems;
}

/**
 * Every reason this project cannot be a static export, found without building.
 * @example staticExportProblems(options) // ['next.config.mjs: Specified "rewrites" cannot be used with "output: export". …']
 */
export function staticExportProblems(options: ResolvedOptions): string[] {
  const label = (file: string) => relative(options.root, file) || file;
  const config = options.nextConfigFile ? label(options.nextConfigFile) : "next.config";
  const problems: string[] = [];
  const rules = options.routing;
  const counts = { rewrites: rules.rewrites.beforeFiles.length + rules.rewrites.afterFiles.length + rules.rewrites.fallback.length, redirects: rules.redirects.length, headers: rules.headers.length };
  for (const [key, count] of Object.entries(counts)) {
    if (count > 0) problems.push(`${config}: Specified "${key}" cannot be used with "output: export" (a static file server does not run them). Remove "${key}" or configure them on your host.`);
  }
  if (options.nextConfig.i18n) problems.push(`${config}: Specified "i18n" cannot be used with "output: export". Remove it, or build one export per locale under its own folder.`);
  // Links and asset URLs in the browser do not carry basePath yet, so an export under a prefix would not load.
  if (options.pipeline.basePath) problems.push(`${config}: "basePath" is not supported with "output: export" by vinext yet (client-side links and assets do not carry it). Remove it and host out/ at the root of a (sub)domain.`);
  if (options.nextConfig.exportPathMap) problems.push(`${config}: "exportPathMap" is not supported; use generateStaticParams() (app/) or getStaticPaths() (pages/) instead.`);
  const hooks = scanServerHooks(options);
  if (hooks.middleware) problems.push(`${label(hooks.middleware.file)}: Middleware cannot be used with "output: export" (it runs per request on a server). Remove it.`);
  let manifest: AppManifest | undefined;
  try {
    manifest = scanApp(options.appDir, options.pageExtensions);
  } catch {
    // A broken app/ tree is reported, with its file, by vinext:app-routes during the build.
  }
  if (manifest) problems.push(...appProblems(manifest, label));
  problems.push(...pagesProblems(options.root, options.pageExtensions, label));
  // A layout's setting is found once per route below it.
  return [...new Set(problems)];
}

/** The build error for `problems` (undefined when there are none). */
export function staticExportError(problems: readonly string[]): Error | undefined {
  if (problems.length === 0) return undefined;
  return new Error(`[vinext] output: "export" writes a static site to out/, but ${problems.length === 1 ? "this needs" : "these need"} a server:\n${problems.map((problem) => `  - ${problem}`).join("\n")}\nSee ${EXPORT_DOCS}`);
}
