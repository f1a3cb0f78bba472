// vinext's defaults for Nitro: our renderer in front of the rsc service, no
// Nitro file routing, and a pinned compatibility date (workerd refuses "latest").
import { join } from "node:path";
import type { NitroConfig } from "nitro/types";
import { distDir, packageVersion } from "../vite/paths";
import { assertDriverInstalled, defaultIsrMount, wranglerKvNamespaces, type StorageMount } from "./storage";

export const COMPATIBILITY_DATE = "2026-05-01";
export const DEFAULT_PRESET = "node-server";

/** `--preset`, then NITRO_PRESET, then node-server. */
export function resolvePreset(explicit: string | undefined): string {
  return explicit || process.env.NITRO_PRESET || DEFAULT_PRESET;
}

export function nitroDefaults(presetInput: string | undefined, root: string): NitroConfig {
  const preset = resolvePreset(presetInput);
  return {
    // ISR pages and cached data (src/storage); the user's own `storage.isr` replaces it.
    storage: { isr: defaultIsrMount(preset, root) },
    ...(preset.startsWith("cloudflare") ? { cloudflare: { wrangler: { kv_namespaces: wranglerKvNamespaces(root) } } } : {}),
    preset,
    compatibilityDate: COMPATIBILITY_DATE,
    serverDir: false,
    renderer: { handler: join(distDir, "nitro/runtime/renderer.mjs") },
    // Nitro's prerenderer bundles with plain Rolldown and would leave the renderer (outside the
    // app root) external; loaded by Node it cannot see the build's virtual vite-services module.
    noExternals: [join(distDir, "nitro/runtime")],
    framework: {
      name: "vinext",
      version: packageVersion(),
      // Nitro otherwise suggests `vite preview`; other presets print their host's own command.
      ...(preset.startsWith("node") ? { previewCommand: "npx vinext start" } : {}),
    },
  };
}

/**
 * Options for the `nitro()` factory itself (Nitro reads these from the factory
 * argument, not from the Vite config). Server component edits reach the browser
 * as plugin-rsc's `rsc:update` (an in-place RSC refresh keeping client state)
 * instead of Nitro's full page reload.
 */
export const NITRO_PLUGIN_OPTIONS = { experimental: { vite: { serverReload: false } } } as const;

/**
 * The Nitro config vinext hands to Vite: its defaults, then the user's vite
 * config `nitro`, then `vinext({ nitro })`. Storage mounts merge by name so a
 * user mount (say a Redis `isr`) replaces only that mount. Precedence of the
 * preset: vinext({ preset }) / --preset, the user's nitro.preset, NITRO_PRESET.
 */
export function nitroConfig(
  root: string,
  user: NitroConfig | undefined,
  options: { preset?: string; nitro?: NitroConfig },
  command: "serve" | "build",
): NitroConfig {
  const preset = resolvePreset(options.preset ?? user?.preset);
  const defaults = nitroDefaults(preset, root);
  const storage = { ...defaults.storage, ...user?.storage, ...options.nitro?.storage };
  const config: NitroConfig = { ...defaults, ...user, ...options.nitro, preset, storage };
  if (command === "build" && storage.isr) assertDriverInstalled(storage.isr as StorageMount, root, preset);
  return config;
}
