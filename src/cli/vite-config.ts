// Synthesises the Vite config for a plain Next.js project: no vite.config is
// needed. A user's vite.config is merged; plugins it already lists (vinext,
// nitro) are not added a second time.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { loadConfigFromFile, type InlineConfig, type PluginOption } from "vite";
import { vinext } from "../index";

const VITE_CONFIGS = ["vite.config.ts", "vite.config.mts", "vite.config.js", "vite.config.mjs", "vite.config.cjs"];

type FlatPlugin = { name?: string } & Record<string, unknown>;

async function flatten(plugins: readonly PluginOption[]): Promise<FlatPlugin[]> {
  const out: FlatPlugin[] = [];
  for (const item of await Promise.all(plugins)) {
    if (!item) continue;
    if (Array.isArray(item)) out.push(...(await flatten(item)));
    else out.push(item as FlatPlugin);
  }
  return out;
}

/** Keeps the first plugin of each name, so nitro() or vinext() listed twice runs once. */
export function dedupePlugins<T extends { name?: string }>(plugins: readonly T[]): T[] {
  const seen = new Set<string>();
  return plugins.filter((plugin) => {
    if (!plugin.name) return true;
    if (seen.has(plugin.name)) return false;
    seen.add(plugin.name);
    return true;
  });
}

export async function createViteConfig(
  dir: string,
  command: "serve" | "build",
  overrides: { preset?: string } = {},
): Promise<InlineConfig> {
  const root = resolve(dir);
  const configFile = VITE_CONFIGS.map((name) => join(root, name)).find((file) => existsSync(file));
  let userConfig: InlineConfig = {};
  if (configFile) {
    const loaded = await loadConfigFromFile({ command, mode: command === "build" ? "production" : "development" }, configFile, root);
    userConfig = (loaded?.config ?? {}) as InlineConfig;
  }
  const userPlugins = await flatten(userConfig.plugins ?? []);
  const hasVinext = userPlugins.some((plugin) => plugin.name === "vinext:config");
  const plugins = dedupePlugins([...(await flatten(hasVinext ? [] : vinext({ preset: overrides.preset }))), ...userPlugins]);
  return {
    ...userConfig,
    root,
    configFile: false,
    plugins: plugins as PluginOption[],
    ...(overrides.preset ? { nitro: { ...(userConfig as { nitro?: object }).nitro, preset: overrides.preset } } : {}),
  };
}
