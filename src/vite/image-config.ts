// BUILD TIME. next.config `images` → the validated ImageConfig the runtime reads
// (virtual:vinext/image-config). Invalid values fail naming the key, as Next's
// "Invalid images config" does (nextjs.org/docs/messages/invalid-images-config).
import { isAbsolute, resolve } from "node:path";
import { existsSync } from "node:fs";
import { IMAGE_DEFAULTS, type ImageConfig, type LocalPattern, type RemotePattern } from "../runtime/image/config";
import type { NextConfig } from "./next-config";

export interface ResolvedImages {
  config: ImageConfig;
  /** Absolute path of images.loaderFile, if set. */
  loaderFile: string | undefined;
}

type Raw = Record<string, unknown>;

function fail(file: string | undefined, key: string, expected: string, got: unknown): never {
  throw new Error(`[vinext] ${file ?? "next.config"}: "images.${key}" must be ${expected} (got ${JSON.stringify(got)}).`);
}

function ints(raw: Raw, key: string, file: string | undefined, fallback: number[], min: number, max: number): number[] {
  const value = raw[key];
  if (value === undefined) return fallback;
  if (!Array.isArray(value) || value.length === 0 || value.length > 25 || !value.every((n) => Number.isInteger(n) && n >= min && n <= max)) {
    fail(file, key, `an array of 1 to 25 integers between ${min} and ${max}`, value);
  }
  return [...new Set(value as number[])].sort((a, b) => a - b);
}

function bool(raw: Raw, key: string, file: string | undefined, fallback: boolean): boolean {
  const value = raw[key];
  if (value === undefined) return fallback;
  if (typeof value !== "boolean") fail(file, key, "true or false", value);
  return value;
}

function remotePattern(entry: unknown, file: string | undefined): RemotePattern {
  if (typeof entry === "string") {
    // Next 15.3+ accepts `new URL("https://example.com/images/**")` (and its string form).
    const url = new URL(entry);
    return { protocol: url.protocol.slice(0, -1) as "http" | "https", hostname: url.hostname, port: url.port, pathname: url.pathname, search: url.search || undefined };
  }
  if (entry instanceof URL) return remotePattern(entry.href, file);
  const p = entry as Raw;
  if (!p || typeof p !== "object" || typeof p.hostname !== "string" || !p.hostname) fail(file, "remotePatterns", "objects with a hostname", entry);
  if (p.protocol !== undefined && p.protocol !== "http" && p.protocol !== "https" && p.protocol !== "http:" && p.protocol !== "https:") fail(file, "remotePatterns[].protocol", '"http" or "https"', p.protocol);
  return {
    protocol: typeof p.protocol === "string" ? (p.protocol.replace(/:$/, "") as "http" | "https") : undefined,
    hostname: p.hostname as string,
    port: p.port === undefined ? undefined : String(p.port),
    pathname: typeof p.pathname === "string" ? p.pathname : undefined,
    search: typeof p.search === "string" ? p.search : undefined,
  };
}

function localPattern(entry: unknown, file: string | undefined): LocalPattern {
  const p = entry as Raw;
  if (!p || typeof p !== "object") fail(file, "localPatterns", "objects with a pathname and/or search", entry);
  return { pathname: typeof p.pathname === "string" ? p.pathname : undefined, search: typeof p.search === "string" ? p.search : undefined };
}

/** Static imports are hashed build assets (`<assets path>/*`): always allowed, as Next allows `/_next/static/media/**`. */
function withStaticImports(patterns: LocalPattern[], assetsPath: string): LocalPattern[] {
  const assets: LocalPattern = { pathname: `${assetsPath}**`, search: "" };
  const allowed = patterns.some((p) => p.pathname === assets.pathname && p.search === "");
  return allowed ? patterns : [...patterns, assets];
}

export function resolveImageConfig(
  nextConfig: NextConfig,
  file: string | undefined,
  root: string,
  basePath = "",
  builtAssets: ImageConfig["builtAssets"] = { url: `${basePath}/assets/`, path: `${basePath}/assets/` },
): ResolvedImages {
  const raw = (nextConfig.images ?? {}) as Raw;
  if (typeof raw !== "object" || Array.isArray(raw)) fail(file, "", "an object", raw);
  const d = IMAGE_DEFAULTS;
  const loader = raw.loader ?? "default";
  if (loader !== "default" && loader !== "custom") {
    fail(file, "loader", '"default" or "custom" (vinext has no built-in imgix/cloudinary/akamai loaders: use images.loaderFile)', loader);
  }
  let loaderFile: string | undefined;
  if (raw.loaderFile !== undefined && raw.loaderFile !== "") {
    if (typeof raw.loaderFile !== "string") fail(file, "loaderFile", "a path to a file exporting the loader", raw.loaderFile);
    loaderFile = isAbsolute(raw.loaderFile) ? raw.loaderFile : resolve(root, raw.loaderFile);
    if (!existsSync(loaderFile)) fail(file, "loaderFile", "an existing file", raw.loaderFile);
  }
  const path = raw.path ?? d.path;
  if (typeof path !== "string" || !path) fail(file, "path", "a URL path or URL", path);
  const formats = raw.formats ?? d.formats;
  if (!Array.isArray(formats) || formats.length === 0 || !formats.every((f) => f === "image/webp" || f === "image/avif")) {
    fail(file, "formats", 'an array of "image/avif" and/or "image/webp"', formats);
  }
  const ttl = raw.minimumCacheTTL ?? d.minimumCacheTTL;
  if (!Number.isInteger(ttl) || (ttl as number) < 0) fail(file, "minimumCacheTTL", "an integer number of seconds, 0 or more", ttl);
  const disposition = raw.contentDispositionType ?? d.contentDispositionType;
  if (disposition !== "inline" && disposition !== "attachment") fail(file, "contentDispositionType", '"inline" or "attachment"', disposition);
  const csp = raw.contentSecurityPolicy ?? d.contentSecurityPolicy;
  if (typeof csp !== "string") fail(file, "contentSecurityPolicy", "a string", csp);
  const remote = raw.remotePatterns ?? [];
  if (!Array.isArray(remote)) fail(file, "remotePatterns", "an array", remote);
  const local = raw.localPatterns;
  if (local !== undefined && !Array.isArray(local)) fail(file, "localPatterns", "an array", local);
  const domains = raw.domains ?? [];
  if (!Array.isArray(domains) || !domains.every((x) => typeof x === "string")) fail(file, "domains", "an array of host names", domains);
  const redirects = raw.maximumRedirects ?? d.maximumRedirects;
  if (!Number.isInteger(redirects) || (redirects as number) < 0) fail(file, "maximumRedirects", "an integer, 0 or more", redirects);
  const maxBody = raw.maximumResponseBody ?? d.maximumResponseBody;
  if (!Number.isInteger(maxBody) || (maxBody as number) < 1) fail(file, "maximumResponseBody", "a positive integer number of bytes", maxBody);
  return {
    loaderFile,
    config: {
      deviceSizes: ints(raw, "deviceSizes", file, d.deviceSizes, 1, 10000),
      imageSizes: ints(raw, "imageSizes", file, d.imageSizes, 1, 10000),
      // Next puts the basePath in front of the default endpoint only.
      path: raw.path === undefined && basePath ? `${basePath}${d.path}` : (path as string),
      loader: loaderFile ? "custom" : (loader as "default" | "custom"),
      qualities: ints(raw, "qualities", file, d.qualities, 1, 100),
      formats: [...new Set(formats as ImageConfig["formats"])],
      minimumCacheTTL: ttl as number,
      dangerouslyAllowSVG: bool(raw, "dangerouslyAllowSVG", file, false),
      dangerouslyAllowLocalIP: bool(raw, "dangerouslyAllowLocalIP", file, false),
      contentSecurityPolicy: csp,
      contentDispositionType: disposition,
      localPatterns: local === undefined ? d.localPatterns : withStaticImports((local as unknown[]).map((p) => localPattern(p, file)), builtAssets.path),
      remotePatterns: (remote as unknown[]).map((p) => remotePattern(p, file)),
      domains: domains as string[],
      unoptimized: bool(raw, "unoptimized", file, false),
      maximumRedirects: redirects as number,
      maximumResponseBody: maxBody as number,
      builtAssets,
    },
  };
}
