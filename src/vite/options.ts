// Public plugin options and their resolution against the project on disk.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import type { NitroConfig } from "nitro/types";
import { readEnvFiles, type EnvMode } from "./env";
import { loadNextConfig, warnUnsupportedKeys, type NextConfig, type NextPhase } from "./next-config";

export interface VinextOptions {
  /** Nitro preset for the server output (default: NITRO_PRESET, then node-server). */
  preset?: string;
  /** Extra Nitro options, merged over vinext's defaults. */
  nitro?: NitroConfig;
}

export interface ResolvedOptions {
  root: string;
  appDir: string;
  pageExtensions: string[];
  nextConfig: NextConfig;
  nextConfigFile: string | undefined;
  envMode: EnvMode;
  /** Variables read from the .env files (process.env not included). */
  fileEnv: Record<string, string>;
}

/** `app/` at the root, else `src/app/`, as Next looks for it. */
export function findAppDir(root: string): string {
  const top = join(root, "app");
  if (existsSync(top)) return top;
  const src = join(root, "src", "app");
  return existsSync(src) ? src : top;
}

export async function resolveOptions(rootInput: string, command: "serve" | "build"): Promise<ResolvedOptions> {
  const root = resolve(rootInput);
  const envMode: EnvMode = process.env.NODE_ENV === "test" ? "test" : command === "serve" ? "development" : "production";
  const phase: NextPhase = command === "serve" ? "phase-development-server" : "phase-production-build";
  const fileEnv = readEnvFiles(root, envMode);
  const loaded = await loadNextConfig(root, phase);
  warnUnsupportedKeys(loaded.config);
  return {
    root,
    appDir: findAppDir(root),
    pageExtensions: loaded.pageExtensions,
    nextConfig: loaded.config,
    nextConfigFile: loaded.file,
    envMode,
    fileEnv,
  };
}
