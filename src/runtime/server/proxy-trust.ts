// X-Forwarded-Host / X-Forwarded-Proto say which origin the client used when a
// proxy sits in front of the server — or whatever a client chooses to forge.
// They are trusted only when the deployment says so: `vinext({ trustProxy: true })`
// at build time, or VINEXT_TRUST_PROXY=1 in the server's environment. The
// origin then feeds redirects, `has: host` rules, request.nextUrl and the
// Server Actions origin check.

const HOST = /^(\[[0-9a-f:.]+\]|[a-z0-9_-]+(?:\.[a-z0-9_-]+)*)(:\d{1,5})?$/i;

function envFlag(): boolean {
  const value = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.VINEXT_TRUST_PROXY;
  return value === "1" || value === "true";
}

/** True when forwarded headers may be believed (build option or VINEXT_TRUST_PROXY). */
export function trustsProxy(configured: boolean | undefined): boolean {
  return configured === true || envFlag();
}

/** First value of a comma-separated forwarded header, if it is one. */
function first(headers: Headers, name: string): string | undefined {
  return headers.get(name)?.split(",")[0]?.trim() || undefined;
}

/**
 * The URL as the client addressed it: with a trusted proxy, host and scheme
 * come from X-Forwarded-Host / X-Forwarded-Proto (when well-formed).
 * @example publicUrl(new URL("http://10.0.0.2:3000/a"), new Headers({ "x-forwarded-host": "shop.example" }), true).href // "http://shop.example/a"
 */
export function publicUrl(url: URL, headers: Headers, trusted: boolean): URL {
  if (!trusted) return url;
  const host = first(headers, "x-forwarded-host");
  const proto = first(headers, "x-forwarded-proto")?.toLowerCase();
  if (!host && !proto) return url;
  const out = new URL(url);
  if (proto === "http" || proto === "https") out.protocol = `${proto}:`;
  const m = host ? HOST.exec(host) : null;
  if (m) {
    // Setting `host` without a port would keep the internal one.
    out.hostname = m[1]!;
    out.port = m[2]?.slice(1) ?? "";
  }
  return out;
}
