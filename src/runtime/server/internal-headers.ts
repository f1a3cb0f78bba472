// Headers that only the framework itself may set. A client sending them could
// otherwise pose as an internal subrequest and skip middleware (CVE-2025-29927:
// `x-middleware-subrequest`), or fake a rewrite or matched path. They are removed
// from every incoming request at the front door and from every outgoing response.
import { deriveRequest } from "./host-request";

/** Incoming: the whole `x-middleware-*` family (none is a client's to send). */
const INTERNAL = /^(?:x-middleware-|x-invoke-|x-vinext-)|^x-matched-path$/i;
/** Outgoing: the headers NextResponse and the router use to talk; an app's own `x-middleware-foo` header stays. */
const INTERNAL_RESPONSE =
  /^(?:x-middleware-(?:rewrite|next|override-headers|request-.+|set-cookie|redirect|refresh|invoke|skip|subrequest)|x-invoke-.+|x-vinext-.+|x-matched-path)$/i;

/** @example isInternalHeader("X-Middleware-Subrequest") // true */
export function isInternalHeader(name: string): boolean {
  return INTERNAL.test(name);
}

function internalNames(headers: Headers, pattern = INTERNAL): string[] {
  const names: string[] = [];
  for (const name of headers.keys()) if (pattern.test(name)) names.push(name);
  return names;
}

/**
 * The request without internal headers: the same object when it has none,
 * else a copy (incoming headers are immutable on some hosts) that keeps the
 * host's extras (waitUntil, ip, cf, the static server).
 */
export function withoutInternalHeaders(request: Request): Request {
  const names = internalNames(request.headers);
  if (names.length === 0) return request;
  const headers = new Headers(request.headers);
  for (const name of names) headers.delete(name);
  return deriveRequest(request, request.url, { headers });
}

/** Deletes internal headers from response headers (mutable ones). */
export function deleteInternalHeaders(headers: Headers): void {
  for (const name of internalNames(headers, INTERNAL_RESPONSE)) headers.delete(name);
}
