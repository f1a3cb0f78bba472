// NextResponse: the Web Response plus `cookies` (bound to Set-Cookie) and the
// helpers json / redirect / rewrite / next. rewrite and next only set the
// x-middleware-* headers the middleware step reads; a route handler returning
// NextResponse.next() is an error (see route-handler.ts).
// https://nextjs.org/docs/app/api-reference/functions/next-response
import { BoundResponseCookies } from "./bound-response-cookies";
import type { NextURL } from "./next-url";

export const MIDDLEWARE_NEXT_HEADER = "x-middleware-next";
export const MIDDLEWARE_REWRITE_HEADER = "x-middleware-rewrite";
export const MIDDLEWARE_OVERRIDE_HEADERS = "x-middleware-override-headers";
export const MIDDLEWARE_REQUEST_PREFIX = "x-middleware-request-";

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

export interface MiddlewareResponseInit extends ResponseInit {
  /** Headers the request continues with (middleware only). */
  request?: { headers?: Headers };
}

/** Next accepts only absolute URLs here (docs/messages/middleware-relative-urls). */
function absoluteUrl(url: string | URL | NextURL, api: string): string {
  try {
    return String(new URL(String(url)));
  } catch {
    throw new TypeError(
      `[vinext] NextResponse.${api}(): URL is malformed "${String(url)}". Use an absolute URL, e.g. new URL("/path", request.url) (https://nextjs.org/docs/messages/middleware-relative-urls).`,
    );
  }
}

/** Encodes `init.request.headers` as x-middleware-request-* headers plus the list of names. */
function encodeRequestHeaders(init: MiddlewareResponseInit | undefined, headers: Headers, api: string): void {
  const requestHeaders = init?.request?.headers;
  if (!requestHeaders) return;
  if (!(requestHeaders instanceof Headers)) {
    throw new TypeError(`[vinext] NextResponse.${api}(): request.headers must be a Headers instance (new Headers(request.headers)).`);
  }
  const names: string[] = [];
  for (const [name, value] of requestHeaders) {
    headers.set(MIDDLEWARE_REQUEST_PREFIX + name, value);
    names.push(name);
  }
  headers.set(MIDDLEWARE_OVERRIDE_HEADERS, names.join(","));
}

function withHeaders(init: MiddlewareResponseInit | undefined, extra: (headers: Headers) => void): ResponseInit {
  const { request: _request, ...rest } = init ?? {};
  const headers = new Headers(rest.headers);
  extra(headers);
  return { ...rest, headers };
}

/**
 * @example
 * export async function GET() {
 *   const response = NextResponse.json({ ok: true }, { status: 201 });
 *   response.cookies.set("seen", "1");
 *   return response;
 * }
 */
export class NextResponse<Body = unknown> extends Response {
  readonly cookies: BoundResponseCookies;

  constructor(body?: BodyInit | null, init?: ResponseInit) {
    super(body, init);
    this.cookies = new BoundResponseCookies(this.headers);
  }

  /** A JSON response (`content-type: application/json`). */
  static override json<T>(body: T, init?: ResponseInit): NextResponse<T> {
    const response = Response.json(body, init);
    return new NextResponse<T>(response.body, response);
  }

  /** A redirect to an absolute URL; 307 unless a status (301, 302, 303, 307, 308) is given. */
  static override redirect(url: string | URL | NextURL, init?: number | ResponseInit): NextResponse {
    const options = typeof init === "number" ? {} : (init ?? {});
    const status = typeof init === "number" ? init : (options.status ?? 307);
    if (!REDIRECT_STATUSES.has(status)) {
      throw new RangeError(`[vinext] NextResponse.redirect(): invalid status code ${status} (use 301, 302, 303, 307 or 308).`);
    }
    const location = absoluteUrl(url, "redirect");
    return new NextResponse(null, withHeaders({ ...options, status }, (headers) => headers.set("location", location)));
  }

  /** Serves `destination` in place of the requested URL (applied by the middleware step). */
  static rewrite(destination: string | URL | NextURL, init?: MiddlewareResponseInit): NextResponse {
    const target = absoluteUrl(destination, "rewrite");
    return new NextResponse(
      null,
      withHeaders(init, (headers) => {
        headers.set(MIDDLEWARE_REWRITE_HEADER, target);
        encodeRequestHeaders(init, headers, "rewrite");
      }),
    );
  }

  /** Continues routing (middleware only). */
  static next(init?: MiddlewareResponseInit): NextResponse {
    return new NextResponse(
      null,
      withHeaders(init, (headers) => {
        headers.set(MIDDLEWARE_NEXT_HEADER, "1");
        encodeRequestHeaders(init, headers, "next");
      }),
    );
  }
}
