// BUILD TIME. The next.config keys that shape the request pipeline and the
// build besides routing rules: basePath, trailingSlash, skipTrailingSlashRedirect,
// skipMiddlewareUrlNormalize, poweredByHeader, generateBuildId, output,
// serverExternalPackages, transpilePackages. Invalid values fail naming the key.
// https://nextjs.org/docs/app/api-reference/config/next-config-js
import type { NextConfig } from "./next-config";

export interface PipelineOptions {
  /** "" or "/docs": the app lives under this path prefix. */
  basePath: string;
  trailingSlash: boolean;
  skipTrailingSlashRedirect: boolean;
  skipMiddlewareUrlNormalize: boolean;
  /** Off unless next.config sets `poweredByHeader: true`. */
  poweredByHeader: boolean;
}

export interface PackageOptions {
  /** Kept out of the server bundles (loaded from node_modules at run time). */
  serverExternalPackages: string[];
  /** Compiled with the app even when they live in node_modules. */
  transpilePackages: string[];
  /** "export": a static site in `out/` (src/nitro/static-export.ts). */
  output: "standalone" | "export" | undefined;
}

function invalid(file: string | undefined, key: string, expected: string, got: unknown): Error {
  return new Error(`[vinext] ${file ?? "next.config"}: "${key}" must be ${expected} (got ${JSON.stringify(got)}).`);
}

function boolean(config: NextConfig, key: string, file: string | undefined, fallback: boolean): boolean {
  const value = config[key];
  if (value === undefined) return fallback;
  if (typeof value !== "boolean") throw invalid(file, key, "true or false", value);
  return value;
}

function packageList(config: NextConfig, key: string, file: string | undefined): string[] {
  const value = config[key];
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((name) => typeof name === "string" && name.length > 0)) {
    throw invalid(file, key, "an array of package names", value);
  }
  return value;
}

/** basePath: "" or "/prefix" (no trailing slash, not "/"), as Next requires. */
export function resolveBasePath(value: unknown, file: string | undefined): string {
  if (value === undefined || value === "") return "";
  if (typeof value !== "string" || !value.startsWith("/") || value === "/" || value.endsWith("/") || /[?#\s\\]/.test(value)) {
    throw invalid(file, "basePath", 'a path prefix such as "/docs" (starting with "/", without a trailing slash)', value);
  }
  return value;
}

export function resolvePipelineOptions(config: NextConfig, file: string | undefined): PipelineOptions {
  return {
    basePath: resolveBasePath(config.basePath, file),
    trailingSlash: boolean(config, "trailingSlash", file, false),
    skipTrailingSlashRedirect: boolean(config, "skipTrailingSlashRedirect", file, false),
    skipMiddlewareUrlNormalize: boolean(config, "skipMiddlewareUrlNormalize", file, false),
    poweredByHeader: boolean(config, "poweredByHeader", file, false),
  };
}

export function resolvePackageOptions(config: NextConfig, file: string | undefined): PackageOptions {
  const output = config.output;
  if (output !== undefined && output !== "standalone" && output !== "export") throw invalid(file, "output", '"standalone", "export" or undefined', output);
  return {
    serverExternalPackages: packageList(config, "serverExternalPackages", file),
    transpilePackages: packageList(config, "transpilePackages", file),
    output,
  };
}

/**
 * The build id from `generateBuildId()` (undefined: vinext picks a random one).
 * Next calls it once per build; returning null keeps the default.
 */
export async function resolveBuildId(config: NextConfig, file: string | undefined): Promise<string | undefined> {
  const fn = config.generateBuildId;
  if (fn === undefined) return undefined;
  if (typeof fn !== "function") throw invalid(file, "generateBuildId", "an async function returning a string or null", typeof fn);
  const id: unknown = await fn();
  if (id === null || id === undefined) return undefined;
  if (typeof id !== "string" || !id.trim() || /[\s/\\]/.test(id.trim())) {
    throw invalid(file, "generateBuildId", "a function returning a non-empty string without spaces or slashes, or null", id);
  }
  return id.trim();
}
