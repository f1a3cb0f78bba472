// `vinext build`: one Vite builder run builds client, rsc and ssr, then Nitro
// writes the server output for the preset; afterwards we print the route table.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { createBuilder } from "vite";
import { EXPORT_DIR } from "../nitro/static-export";
import type { ConfigPluginApi } from "../vite/plugin";
import { printRouteReport } from "./route-report";
import { createViteConfig } from "./vite-config";

export interface NitroBuildInfo {
  preset: string;
  commands?: { preview?: string; deploy?: string };
}

export function readBuildInfo(root: string): NitroBuildInfo | undefined {
  try {
    return JSON.parse(readFileSync(join(root, ".output", "nitro.json"), "utf8"));
  } catch {
    return undefined;
  }
}

/**
 * The build Nitro just wrote: its output folder depends on the preset
 * (`.output`, `.vercel/output`, `.netlify/functions-internal`, ...), which Nitro
 * records in node_modules/.nitro/last-build.json (path relative to that file).
 */
export function readLastBuildInfo(root: string): { info: NitroBuildInfo; outputDir: string } | undefined {
  try {
    const marker = join(root, "node_modules/.nitro/last-build.json");
    const outputDir = resolve(marker, JSON.parse(readFileSync(marker, "utf8")).outputDir);
    return { info: JSON.parse(readFileSync(join(outputDir, "nitro.json"), "utf8")), outputDir };
  } catch {
    const info = readBuildInfo(root);
    return info && { info, outputDir: join(root, ".output") };
  }
}

export async function runBuild(dir: string, preset: string | undefined): Promise<void> {
  const root = resolve(dir);
  process.env.NODE_ENV = "production";
  const config = await createViteConfig(root, "build", { preset });
  const builder = await createBuilder(config);
  await builder.buildApp();
  const last = readLastBuildInfo(root);
  if (!last) throw new Error(`[vinext] The build finished but Nitro wrote no nitro.json (looked in ${join(root, "node_modules/.nitro/last-build.json")} and ${join(root, ".output")}).`);
  const { info, outputDir } = last;
  const configPlugin = builder.config.plugins.find((plugin) => plugin.name === "vinext:config");
  const options = (configPlugin?.api as ConfigPluginApi).options();
  printRouteReport(builder.config, options);
  if (options.packages.output === "export") {
    console.log(`\nExported the static site to ${join(dir, EXPORT_DIR)}/. Serve it with any static file server, e.g.:  npx serve ${join(dir, EXPORT_DIR)}`);
    return;
  }
  console.log(`\nBuilt for preset "${info.preset}" into ${outputDir}.`);
  if (info.preset.startsWith("node")) console.log(`Run it with:  vinext start ${dir}   (or: node ${join(dir, ".output/server/index.mjs")})`);
  else if (info.commands?.preview) console.log(`Preview it with:  ${info.commands.preview}`);
  if (info.commands?.deploy) console.log(`Deploy it with:   ${info.commands.deploy}`);
}
