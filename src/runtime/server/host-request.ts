// What the host hands in besides the Web Request: `waitUntil` (srvx, Workers),
// the client `ip` (srvx), `cf` (Workers: geo data) and vinext's static-file
// server (attached by the Nitro renderer, see static-files.ts). Requests derived
// from the host's one (a rewrite, new headers) must keep them.

const HOST_KEYS = ["waitUntil", "ip", "cf"] as const;
export const STATIC_SERVER = Symbol.for("vinext.static-server");
/** The unstorage `isr` mount (src/nitro/runtime/renderer.ts attaches it; isr-storage.ts reads it). */
export const ISR_STORAGE = Symbol.for("vinext.isr-storage");
/** Reads a build-time pre-rendered page kept for the ISR store (src/nitro/runtime/static-host.ts). */
export const ISR_SEED_READER = Symbol.for("vinext.isr-seed-reader");
const HOST_SYMBOLS = [STATIC_SERVER, ISR_STORAGE, ISR_SEED_READER] as const;

type HostExtras = Partial<Record<(typeof HOST_KEYS)[number], unknown>> & { [K in (typeof HOST_SYMBOLS)[number]]?: unknown };

/** Copies the host's extras from `from` onto `to`. */
export function copyHostExtras(from: Request, to: Request): Request {
  const source = from as Request & HostExtras;
  for (const key of [...HOST_KEYS, ...HOST_SYMBOLS] as const) {
    let value: unknown;
    try {
      value = source[key];
    } catch {
      continue;
    }
    if (value === undefined) continue;
    // srvx and Workers define waitUntil on the request; keep it calling its owner.
    const bound = key === "waitUntil" && typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(from) : value;
    Object.defineProperty(to, key, { value: bound, configurable: true, enumerable: false });
  }
  return to;
}

/**
 * A new request for `url` with `init` over the original's method, headers, body
 * and signal, keeping the host's extras.
 */
export function deriveRequest(from: Request, url: string | URL, init: RequestInit = {}): Request {
  const method = init.method ?? from.method;
  const hasBody = method !== "GET" && method !== "HEAD";
  const body = "body" in init ? init.body : hasBody ? from.body : null;
  const request = new Request(url, {
    method,
    headers: init.headers ?? from.headers,
    body,
    signal: init.signal ?? from.signal,
    redirect: "manual",
    ...(body ? { duplex: "half" } : {}),
  } as RequestInit);
  return copyHostExtras(from, request);
}

/** The client address the host reports (srvx on Node; `cf-connecting-ip` on Workers, set by Cloudflare). */
export function hostIp(request: Request): string | undefined {
  const extras = request as Request & HostExtras;
  if (typeof extras.ip === "string" && extras.ip) return extras.ip;
  if (extras.cf && typeof extras.cf === "object") return request.headers.get("cf-connecting-ip") ?? undefined;
  return undefined;
}

export interface Geo {
  city?: string;
  country?: string;
  region?: string;
  latitude?: string;
  longitude?: string;
}

/** Geo data where the host provides it (Workers' `request.cf`); undefined elsewhere. */
export function hostGeo(request: Request): Geo | undefined {
  const cf = (request as Request & HostExtras).cf as Record<string, unknown> | undefined;
  if (!cf || typeof cf !== "object") return undefined;
  const text = (value: unknown) => (value === undefined || value === null ? undefined : String(value));
  return { city: text(cf.city), country: text(cf.country), region: text(cf.regionCode ?? cf.region), latitude: text(cf.latitude), longitude: text(cf.longitude) };
}
