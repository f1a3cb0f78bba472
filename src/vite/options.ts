// Public plugin options and their resolution against the project on disk.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import type { NitroConfig } from "nitro/types";
import type { RoutingRules } from "../runtime/routing/config-rules";
import { readEnvFiles, type EnvMode } from "./env";
import { loadNextConfig, warnUnsupportedKeys, type NextConfig, type NextPhase } from "./next-config";
import { resolveBuildId, resolvePackageOptions, resolvePipelineOptions, type PackageOptions, type PipelineOptions } from "./next-config-options";
import { resolveRoutingRules } from "./routing-config";

export interface VinextOptions {
  /** Nitro preset for the server output (default: NITRO_PRESET, then node-server). */
  preset?: string;
  /** Extra Nitro options, merged over vinext's defaults. */
  nitro?: NitroConfig;
  /**
   * Believe X-Forwarded-Host / X-Forwarded-Proto (set it when a proxy you control
   * sits in front of the server). Also: VINEXT_TRUST_PROXY=1 at build or run time.
   */
  trustProxy?: boolean;
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
  /** next.config redirects / rewrites / headers, validated. */
  routing: RoutingRules;
  /** basePath, trailingSlash and the other request-pipeline keys. */
  pipeline: PipelineOptions;
  packages: PackageOptions;
  /** From next.config `generateBuildId` (builds only); undefined: random. */
  buildId: string | undefined;
  /** vinext({ trustProxy }) or VINEXT_TRUST_PROXY=1 when building / starting dev. */
  trustProxy: boolean;
}

/** `app/` at the root, else `src/app/`, as Next looks for it. */
export function findAppDir(root: string): string {
  const top = join(root, "app");
  if (existsSync(top)) return top;
  const src = join(root, "src", "app");
  return existsSync(src) ? src : top;
}

export async function resolveOptions(rootInput: string, command: "serve" | "build", vinextOptions: VinextOptions = {}): Promise<ResolvedOptions> {
  const root = resolve(rootInput);
  const envMode: EnvMode = process.env.NODE_ENV === "test" ? "test" : command === "serve" ? "development" : "production";
  const phase: NextPhase = command === "serve" ? "phase-development-server" : "phase-production-build";
  const fileEnv = readEnvFiles(root, envMode);
  const loaded = await loadNextConfig(root, phase);
  warnUnsupportedKeys(loaded.config);
  const { config, file } = loaded;
  return {
    root,
    appDir: findAppDir(root),
    pageExtensions: loaded.pageExtensions,
    nextConfig: loaded.config,
    nextConfigFile: loaded.file,
    envMode,
    fileEnv,
    routing: await resolveRoutingRules(config, file),
    pipeline: resolvePipelineOptions(config, file),
    packages: resolvePackageOptions(config, file),
    buildId: command === "build" ? await resolveBuildId(config, file) : undefined,
    trustProxy: vinextOptions.trustProxy === true || process.env.VINEXT_TRUST_PROXY === "1" || process.env.VINEXT_TRUST_PROXY === "true",
  };
}
