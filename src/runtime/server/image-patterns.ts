// Which image URLs `/_next/image` may fetch: next.config `images.remotePatterns`,
// `domains` and `localPatterns` (docs "remotePatterns": `*` is one subdomain or
// path segment, `**` any number), and addresses it must never reach unless
// `dangerouslyAllowLocalIP` (loopback, private, link-local; Next 16).
import type { LocalPattern, RemotePattern } from "../image/config";

const globCache = new Map<string, RegExp>();

/** A glob over host names (separator ".") or paths (separator "/") as a RegExp. */
export function globRegExp(pattern: string, separator: "." | "/"): RegExp {
  const key = separator + pattern;
  const cached = globCache.get(key);
  if (cached) return cached;
  const one = separator === "." ? "[^.]+" : "[^/]*";
  let source = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === "*" && pattern[i + 1] === "*") {
      source += ".*";
      i++;
    } else if (ch === "*") source += one;
    else source += ch.replace(/[.+?^${}()|[\]\\/]/g, "\\$&");
  }
  const re = new RegExp(`^${source}$`, "i");
  globCache.set(key, re);
  return re;
}

export function matchRemotePattern(pattern: RemotePattern, url: URL): boolean {
  if (pattern.protocol !== undefined && `${pattern.protocol}:` !== url.protocol) return false;
  if (pattern.port !== undefined && pattern.port !== url.port) return false;
  if (!globRegExp(pattern.hostname, ".").test(url.hostname)) return false;
  if (pattern.search !== undefined && pattern.search !== url.search) return false;
  return globRegExp(pattern.pathname ?? "**", "/").test(url.pathname);
}

export function remoteAllowed(url: URL, patterns: readonly RemotePattern[], domains: readonly string[]): boolean {
  return domains.includes(url.hostname) || patterns.some((pattern) => matchRemotePattern(pattern, url));
}

/** `localPatterns` undefined allows every local path (Next's default). */
export function localAllowed(pathname: string, search: string, patterns: readonly LocalPattern[] | undefined): boolean {
  if (!patterns) return true;
  return patterns.some((p) => (p.search === undefined || p.search === search) && globRegExp(p.pathname ?? "**", "/").test(pathname));
}

function ipv4Parts(host: string): number[] | undefined {
  const parts = host.split(".");
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)) return undefined;
  return parts.map(Number);
}

function privateIpv4([a, b]: number[]): boolean {
  return (
    a === 0 || a === 10 || a === 127 || a! >= 224 ||
    (a === 100 && b! >= 64 && b! <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b! >= 16 && b! <= 31) ||
    (a === 192 && (b === 168 || b === 0)) ||
    (a === 198 && (b === 18 || b === 19))
  );
}

/**
 * True for loopback, private, link-local, unspecified, CGNAT, multicast and
 * reserved addresses, and for `localhost` names. `host` is an URL hostname
 * (IPv6 in brackets) or a bare address from a DNS lookup.
 */
export function isPrivateHost(hostInput: string): boolean {
  const host = hostInput.toLowerCase().replace(/^\[|\]$/g, "").replace(/\.$/, "");
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  const v4 = ipv4Parts(host);
  if (v4) return privateIpv4(v4);
  if (!host.includes(":")) return false;
  // IPv4-mapped (::ffff:127.0.0.1, or the hex form URL parsing produces: ::ffff:7f00:1).
  const mapped = /^::ffff:(?:(\d+\.\d+\.\d+\.\d+)|([0-9a-f]{1,4}):([0-9a-f]{1,4}))$/.exec(host);
  if (mapped) {
    if (mapped[1]) return isPrivateHost(mapped[1]);
    const hi = Number.parseInt(mapped[2]!, 16);
    const lo = Number.parseInt(mapped[3]!, 16);
    return privateIpv4([hi >> 8, hi & 255, lo >> 8, lo & 255]);
  }
  if (host === "::" || host === "::1") return true;
  const first = Number.parseInt(host.split(":")[0] || "0", 16);
  // fc00::/7 unique local, fe80::/10 link-local, ff00::/8 multicast.
  return (first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80 || (first & 0xff00) === 0xff00;
}
