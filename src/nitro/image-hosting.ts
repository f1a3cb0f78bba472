// BUILD TIME. On Vercel and Netlify the platform's own optimiser answers
// `/_next/image`, configured from next.config `images` (pure functions here,
// applied by image-host-module.ts through Nitro's `vercel.config` and `netlify.config`):
//  - Vercel: Build Output API `config.json` `images` (sizes, domains, remote/local
//    patterns as regex sources, qualities, formats, minimumCacheTTL, SVG/CSP/disposition)
//    and a route sending `/_next/image` to `/_vercel/image`
//    (https://vercel.com/docs/build-output-api/configuration#images);
//  - Netlify: a 200 rewrite of `/_next/image?url=&w=&q=` to its Image CDN
//    `/.netlify/images?url=&w=&q=` and `images.remote_images` as URL regexes
//    (https://docs.netlify.com/image-cdn/overview/).
import type { ImageConfig, RemotePattern } from "../runtime/image/config";
import { allSizes } from "../runtime/image/config";
import { globRegExp } from "../runtime/server/image-patterns";

export interface VercelImagesConfig {
  sizes: number[];
  domains: string[];
  remotePatterns: { protocol?: "http" | "https"; hostname: string; port?: string; pathname: string; search?: string }[];
  localPatterns?: { pathname: string; search?: string }[];
  qualities: number[];
  minimumCacheTTL: number;
  formats: ImageConfig["formats"];
  dangerouslyAllowSVG: boolean;
  contentSecurityPolicy: string;
  contentDispositionType: ImageConfig["contentDispositionType"];
}

export interface VercelRoute {
  src: string;
  dest: string;
}

/** Regex sources as Vercel expects them (Next's images-manifest does the same conversion). */
const hostSource = (glob: string) => globRegExp(glob, ".").source;
const pathSource = (glob: string | undefined) => globRegExp(glob ?? "**", "/").source;

export function vercelImagesConfig(config: ImageConfig): VercelImagesConfig {
  return {
    sizes: allSizes(config),
    domains: config.domains,
    remotePatterns: config.remotePatterns.map((p) => ({ protocol: p.protocol, hostname: hostSource(p.hostname), port: p.port, pathname: pathSource(p.pathname), search: p.search })),
    ...(config.localPatterns ? { localPatterns: config.localPatterns.map((p) => ({ pathname: pathSource(p.pathname), search: p.search })) } : {}),
    qualities: config.qualities,
    minimumCacheTTL: config.minimumCacheTTL,
    formats: config.formats,
    dangerouslyAllowSVG: config.dangerouslyAllowSVG,
    contentSecurityPolicy: config.contentSecurityPolicy,
    contentDispositionType: config.contentDispositionType,
  };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** The optimiser path rewritten to Vercel's (the query string travels with it). */
export function vercelImageRoutes(config: ImageConfig): VercelRoute[] {
  if (config.unoptimized || config.loader === "custom" || !config.path.startsWith("/")) return [];
  return [{ src: `^${escape(config.path)}/?$`, dest: "/_vercel/image" }];
}

export interface NetlifyRedirect {
  from: string;
  to: string;
  status: 200;
  force: true;
  query: Record<string, string>;
}

export function netlifyImageRedirects(config: ImageConfig): NetlifyRedirect[] {
  if (config.unoptimized || config.loader === "custom" || !config.path.startsWith("/")) return [];
  return [
    {
      from: config.path,
      to: "/.netlify/images?url=:url&w=:width&q=:quality",
      status: 200,
      force: true,
      query: { url: ":url", w: ":width", q: ":quality" },
    },
  ];
}

/** One regex over the whole URL for a remote pattern (Netlify's `images.remote_images`). */
export function remoteUrlRegex(pattern: RemotePattern): string {
  const strip = (source: string) => source.replace(/^\^/, "").replace(/\$$/, "");
  const protocol = pattern.protocol ?? "https?";
  const port = pattern.port ? `:${escape(pattern.port)}` : pattern.port === "" ? "" : "(?::\\d+)?";
  const search = pattern.search === undefined ? "(?:\\?.*)?" : escape(pattern.search);
  // A path always starts with "/": `**` alone must not swallow a port or another host.
  const path = pattern.pathname ? strip(pathSource(pattern.pathname)) : "/.*";
  return `^${protocol}://${strip(hostSource(pattern.hostname))}${port}${path}${search}$`;
}

export function netlifyRemoteImages(config: ImageConfig): string[] {
  return [...config.domains.map((domain) => `^https?://${escape(domain)}(?::\\d+)?/.*$`), ...config.remotePatterns.map(remoteUrlRegex)];
}
