// NextRequest: the Web Request route handlers (and middleware) receive, with
// `cookies` (RequestCookies) and `nextUrl` (NextURL) on top.
// https://nextjs.org/docs/app/api-reference/functions/next-request
import { RequestCookies } from "./cookies";
import { NextURL, type NextURLOptions } from "./next-url";

export interface NextRequestInit extends RequestInit {
  nextConfig?: NextURLOptions;
  /** Required by Node when `body` is a stream; ignored elsewhere. */
  duplex?: "half";
}

type RequestLike = Pick<Request, "url" | "method" | "headers" | "body" | "signal">;

function isRequestLike(input: unknown): input is RequestLike {
  return typeof input === "object" && input !== null && "url" in input && "method" in input && "headers" in input;
}

/**
 * Builds the init from a request-like object field by field: host requests (srvx's
 * lazy Node request) are not native Requests, so `new Request(hostRequest)` would fail.
 */
function initFrom(input: RequestLike, init: NextRequestInit): NextRequestInit {
  const method = init.method ?? input.method;
  const hasBody = method !== "GET" && method !== "HEAD";
  const body = "body" in init ? init.body : hasBody ? input.body : null;
  return {
    method,
    headers: init.headers ?? input.headers,
    body,
    signal: init.signal ?? input.signal,
    ...(body ? { duplex: "half" } : {}),
  };
}

/**
 * @example
 * export async function GET(request: NextRequest) {
 *   const q = request.nextUrl.searchParams.get("q");
 *   const session = request.cookies.get("session")?.value;
 * }
 */
export class NextRequest extends Request {
  readonly cookies: RequestCookies;
  readonly nextUrl: NextURL;

  constructor(input: URL | string | RequestLike, init: NextRequestInit = {}) {
    const url = isRequestLike(input) ? input.url : String(input);
    // Next requires an absolute URL here too: a relative one fails with the same TypeError as `new URL`.
    new URL(url);
    const { nextConfig, ...rest } = init;
    super(url, isRequestLike(input) ? initFrom(input, rest) : (rest as RequestInit));
    this.cookies = new RequestCookies(this.headers);
    this.nextUrl = new NextURL(url, nextConfig);
  }
}
