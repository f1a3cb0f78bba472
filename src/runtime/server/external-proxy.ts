// External rewrites (next.config and NextResponse.rewrite to another origin):
// the request is forwarded and the upstream's answer streamed back, as Next
// does (test/integration/custom-routes "should proxy external rewrites",
// test/e2e/middleware-rewrites "should rewrite to external url"). Hop-by-hop
// headers are dropped both ways; `Via` counts our own hops so an app that
// proxies to itself gets 508 instead of looping.
import { hostIp } from "./host-request";
import { deleteInternalHeaders } from "./internal-headers";

const HOP_BY_HOP = ["connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade"];
const MAX_HOPS = 5;
const VIA = "1.1 vinext";

function hops(headers: Headers): number {
  return (headers.get("via") ?? "").split(",").filter((entry) => entry.trim() === VIA).length;
}

function upstreamHeaders(request: Request, url: URL): Headers {
  const headers = new Headers(request.headers);
  for (const name of [...HOP_BY_HOP, "host", "content-length"]) headers.delete(name);
  deleteInternalHeaders(headers);
  const ip = hostIp(request);
  if (ip) headers.set("x-forwarded-for", headers.get("x-forwarded-for") ? `${headers.get("x-forwarded-for")}, ${ip}` : ip);
  headers.set("x-forwarded-host", url.host);
  headers.set("x-forwarded-proto", url.protocol.slice(0, -1));
  headers.append("via", VIA);
  return headers;
}

/**
 * Forwards `request` to `target` (an absolute http(s) URL) and returns the
 * upstream's response. `url` is the public URL of the incoming request.
 */
export async function proxyRequest(request: Request, url: URL, target: string): Promise<Response> {
  const destination = new URL(target);
  if (destination.protocol !== "http:" && destination.protocol !== "https:") {
    console.error(`[vinext] Refused to proxy ${request.method} ${url.pathname} to ${JSON.stringify(target.slice(0, 100))}: only http(s) destinations can be proxied.`);
    return new Response("Bad Gateway", { status: 502 });
  }
  if (hops(request.headers) >= MAX_HOPS) {
    console.error(`[vinext] 508 for ${request.method} ${url.pathname}: the rewrite to ${destination.origin} came back ${MAX_HOPS} times (a rewrite to this app itself?).`);
    return new Response("Loop Detected", { status: 508 });
  }
  const hasBody = request.method !== "GET" && request.method !== "HEAD" && request.body !== null;
  let upstream: Response;
  try {
    upstream = await fetch(destination, {
      method: request.method,
      headers: upstreamHeaders(request, url),
      body: hasBody ? request.body : null,
      redirect: "manual",
      signal: request.signal,
      ...(hasBody ? { duplex: "half" } : {}),
    } as RequestInit);
  } catch (error) {
    console.error(`[vinext] 502 for ${request.method} ${url.pathname}: proxying to ${destination.origin} failed:`, error);
    return new Response("Bad Gateway", { status: 502 });
  }
  const headers = new Headers(upstream.headers);
  // fetch() has already decoded the body: its length and encoding no longer apply.
  for (const name of [...HOP_BY_HOP, "content-encoding", "content-length"]) headers.delete(name);
  deleteInternalHeaders(headers);
  return new Response(upstream.body, { status: upstream.status, statusText: upstream.statusText, headers });
}
