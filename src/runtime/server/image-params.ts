// Validates a `/_next/image?url=&w=&q=` request before any work, with Next's
// messages (packages/next/src/server/image-optimizer.ts validateParams; docs
// "deviceSizes", "qualities"): `w` must be a configured width, `q` an allowed
// quality, `url` a local path or an http(s) URL matching remotePatterns.
import { allSizes, type ImageConfig } from "../image/config";
import { localAllowed, remoteAllowed } from "./image-patterns";

export type ImageSource = { kind: "local"; pathname: string; search: string; href: string } | { kind: "remote"; url: URL };

export interface ImageParams {
  source: ImageSource;
  width: number;
  quality: number;
}

export type ParamsResult = { ok: true; params: ImageParams } | { ok: false; message: string };

const MAX_URL_LENGTH = 3072;

function single(search: URLSearchParams, name: string): string | undefined | null {
  const all = search.getAll(name);
  return all.length > 1 ? null : all[0];
}

export function parseImageParams(search: URLSearchParams, config: ImageConfig): ParamsResult {
  const bad = (message: string): ParamsResult => ({ ok: false, message });
  let href = single(search, "url");
  if (href === null) return bad('"url" parameter cannot be an array');
  if (!href) return bad('"url" parameter is required');
  if (href.length > MAX_URL_LENGTH) return bad('"url" parameter is too long');
  if (href.startsWith("//")) return bad('"url" parameter cannot be a protocol-relative URL (//)');
  // A static import linked through an origin assetPrefix is this app's own file.
  const built = config.builtAssets;
  if (built.url !== built.path && href.startsWith(built.url)) href = built.path + href.slice(built.url.length);
  let source: ImageSource;
  if (href.startsWith("/")) {
    const local = new URL(href, "http://n");
    // An optimiser URL that points at the optimiser would loop.
    if (local.pathname === config.path || local.pathname.startsWith(`${config.path}/`)) return bad('"url" parameter cannot be recursive');
    if (!localAllowed(local.pathname, local.search, config.localPatterns)) return bad('"url" parameter is not allowed');
    source = { kind: "local", pathname: local.pathname, search: local.search, href: local.pathname + local.search };
  } else {
    let url: URL;
    try {
      url = new URL(href);
    } catch {
      return bad('"url" parameter is invalid');
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") return bad('"url" parameter is invalid');
    if (!remoteAllowed(url, config.remotePatterns, config.domains)) return bad('"url" parameter is not allowed');
    source = { kind: "remote", url };
  }
  const w = single(search, "w");
  if (w === null) return bad('"w" parameter (width) cannot be an array');
  if (!w) return bad('"w" parameter (width) is required');
  if (!/^[0-9]+$/.test(w) || Number(w) <= 0) return bad('"w" parameter (width) must be an integer greater than 0');
  const width = Number(w);
  if (!allSizes(config).includes(width)) return bad(`"w" parameter (width) of ${width} is not allowed`);
  const q = single(search, "q");
  if (q === null) return bad('"q" parameter (quality) cannot be an array');
  if (!q) return bad('"q" parameter (quality) is required');
  if (!/^[0-9]+$/.test(q) || Number(q) < 1 || Number(q) > 100) return bad('"q" parameter (quality) must be an integer between 1 and 100');
  const quality = Number(q);
  if (!config.qualities.includes(quality)) return bad(`"q" parameter (quality) of ${quality} is not allowed`);
  return { ok: true, params: { source, width, quality } };
}
