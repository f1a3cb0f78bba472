// Loads next.config.{js,mjs,cjs,ts,mts} (object or function form) and reports
// keys vinext does not implement yet: each unknown key warns once, by name.
// https://nextjs.org/docs/app/api-reference/config/next-config-js
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { runnerImport } from "vite";

export const CONFIG_FILES = ["next.config.ts", "next.config.mts", "next.config.mjs", "next.config.js", "next.config.cjs"];

export type NextPhase = "phase-development-server" | "phase-production-build" | "phase-production-server";

export interface NextConfig {
  pageExtensions?: string[];
  env?: Record<string, string>;
  [key: string]: unknown;
}

/**
 * Keys vinext honours. Everything else warns once (see warnUnsupportedKeys).
 * `experimental` is read by server-actions-config.ts, which warns about its keys other than serverActions.
 */
export const SUPPORTED_KEYS = new Set([
  "pageExtensions",
  "env",
  "reactStrictMode",
  "typescript",
  "eslint",
  "experimental",
  // The request pipeline: routing-config.ts and next-config-options.ts.
  "redirects",
  "rewrites",
  "headers",
  "basePath",
  // With basePath: vite/base-path-plugin.ts.
  "assetPrefix",
  "trailingSlash",
  "skipTrailingSlashRedirect",
  "skipMiddlewareUrlNormalize",
  "poweredByHeader",
  "generateBuildId",
  "output",
  "serverExternalPackages",
  "transpilePackages",
  // The Pages Router: vite/pages-config.ts.
  "i18n",
  // next/image: vite/image-config.ts.
  "images",
  // ISR: vite/server-config-plugin.ts.
  "expireTime",
  // The data cache / 'use cache': vite/use-cache-plugin.ts.
  "cacheLife",
  "cacheComponents",
]);

const DEFAULT_PAGE_EXTENSIONS = ["tsx", "ts", "jsx", "js"];

export interface LoadedNextConfig {
  file: string | undefined;
  config: NextConfig;
  pageExtensions: string[];
}

export function findNextConfig(root: string): string | undefined {
  return CONFIG_FILES.map((name) => join(root, name)).find((file) => existsSync(file));
}

async function importConfigModule(file: string, root: string): Promise<unknown> {
  const mod: Record<string, unknown> = /\.(c|m)?js$/.test(file)
    ? await import(`${pathToFileURL(file).href}?t=${Date.now()}`)
    : // TypeScript configs go through Vite's module runner, which also follows their imports.
      (await runnerImport<Record<string, unknown>>(file, { root, configFile: false, logLevel: "silent" })).module;
  if (!("default" in mod)) throw new Error("it has no default export (use `export default` or `module.exports`)");
  return mod.default;
}

export async function loadNextConfig(root: string, phase: NextPhase): Promise<LoadedNextConfig> {
  const file = findNextConfig(root);
  let config: NextConfig = {};
  if (file) {
    let value: unknown;
    try {
      const exported = await importConfigModule(file, root);
      value = typeof exported === "function" ? await exported(phase, { defaultConfig: {} }) : exported;
    } catch (error) {
      throw new Error(`[vinext] Failed to load ${file}: ${(error as Error).message}`, { cause: error });
    }
    if (!value || typeof value !== "object" || Array.isArray(value)) {
      throw new Error(`[vinext] ${file} must export an object, or a function returning one (got ${typeof value}).`);
    }
    config = value as NextConfig;
  }
  return { file, config, pageExtensions: resolvePageExtensions(config, file) };
}

function resolvePageExtensions(config: NextConfig, file: string | undefined): string[] {
  const value = config.pageExtensions;
  if (value === undefined) return DEFAULT_PAGE_EXTENSIONS;
  if (!Array.isArray(value) || value.length === 0 || !value.every((ext) => typeof ext === "string" && ext.length > 0)) {
    throw new Error(`[vinext] ${file}: "pageExtensions" must be a non-empty array of strings such as ["tsx", "mdx"].`);
  }
  return value.map((ext) => ext.replace(/^\./, ""));
}

const warned = new Set<string>();

/** Warns once per key (per process) about next.config keys vinext ignores. */
export function warnUnsupportedKeys(config: NextConfig, warn: (message: string) => void = console.warn): string[] {
  const unsupported = Object.keys(config).filter((key) => !SUPPORTED_KEYS.has(key));
  for (const key of unsupported) {
    if (warned.has(key)) continue;
    warned.add(key);
    warn(`[vinext] next.config: "${key}" is not supported by vinext yet and is ignored.`);
  }
  return unsupported;
}
