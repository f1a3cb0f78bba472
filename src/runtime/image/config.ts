// The `images` config of next.config as the runtime sees it (client and server),
// with Next 16's defaults. https://nextjs.org/docs/app/api-reference/components/image#configuration-options
// Build time validates it (src/vite/image-config.ts) and serves it as `virtual:vinext/image-config`.

export interface RemotePattern {
  protocol?: "http" | "https";
  hostname: string;
  port?: string;
  pathname?: string;
  search?: string;
}

export interface LocalPattern {
  pathname?: string;
  search?: string;
}

export interface ImageConfig {
  deviceSizes: number[];
  imageSizes: number[];
  /** The optimiser endpoint the default loader points at ("/_next/image", basePath included). */
  path: string;
  /** "default" or "custom" (a loaderFile, or the `loader` prop on every image). */
  loader: "default" | "custom";
  qualities: number[];
  formats: ("image/webp" | "image/avif")[];
  minimumCacheTTL: number;
  dangerouslyAllowSVG: boolean;
  dangerouslyAllowLocalIP: boolean;
  contentSecurityPolicy: string;
  contentDispositionType: "inline" | "attachment";
  /** Local paths the optimiser may read; Next 16's default allows any path without a query. */
  localPatterns: LocalPattern[] | undefined;
  remotePatterns: RemotePattern[];
  /** Deprecated in Next; still honoured as exact host names. */
  domains: string[];
  unoptimized: boolean;
  maximumRedirects: number;
  maximumResponseBody: number;
  /**
   * Hashed build assets (static image imports): the URL they are linked with
   * (assetPrefix or basePath + "/assets/") and the path this app serves them at.
   * The optimiser reads such a URL as the local file, even on a CDN origin.
   */
  builtAssets: { url: string; path: string };
}

export const IMAGE_DEFAULTS: ImageConfig = {
  deviceSizes: [640, 750, 828, 1080, 1200, 1920, 2048, 3840],
  imageSizes: [32, 48, 64, 96, 128, 256, 384],
  path: "/_next/image",
  loader: "default",
  qualities: [75],
  formats: ["image/webp"],
  builtAssets: { url: "/assets/", path: "/assets/" },
  minimumCacheTTL: 14400,
  dangerouslyAllowSVG: false,
  dangerouslyAllowLocalIP: false,
  contentSecurityPolicy: "script-src 'none'; frame-src 'none'; sandbox;",
  contentDispositionType: "attachment",
  localPatterns: [{ pathname: "**", search: "" }],
  remotePatterns: [],
  domains: [],
  unoptimized: false,
  maximumRedirects: 3,
  maximumResponseBody: 50_000_000,
};

/** Device and image sizes together, ascending: every width the optimiser accepts. */
export function allSizes(config: Pick<ImageConfig, "deviceSizes" | "imageSizes">): number[] {
  return [...new Set([...config.deviceSizes, ...config.imageSizes])].sort((a, b) => a - b);
}
