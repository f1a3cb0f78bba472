// The package root: the vinext() Vite plugin factory and its public types.
import type { PluginOption } from "vite";
import type { VinextOptions } from "./vite/options";
import { vinextPlugins } from "./vite/plugin";

export type { VinextOptions };

/**
 * The vinext Vite plugin. `vinext dev|build|start` add it for you; list it in
 * vite.config.ts only to customise Vite.
 * @example export default defineConfig({ plugins: [vinext()] })
 */
export function vinext(options: VinextOptions = {}): PluginOption[] {
  return vinextPlugins(options);
}

export default vinext;
