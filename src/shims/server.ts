// next/server: NextRequest, NextResponse, NextURL, NextFetchEvent, userAgent, after,
// connection, URLPattern and ImageResponse (next/og's). The implementations live in
// runtime/server; this file only wires the public surface.
// https://nextjs.org/docs/app/api-reference/functions/next-server
import { getRequestStore } from "../runtime/server/request-store";

export { NextRequest, type NextRequestInit } from "../runtime/server/next-request";
export { NextResponse, type MiddlewareResponseInit } from "../runtime/server/next-response";
export { NextURL } from "../runtime/server/next-url";
export { NextFetchEvent } from "../runtime/server/next-fetch-event";
export { userAgent, userAgentFromString, type UserAgent } from "../runtime/server/user-agent";
export { after } from "../runtime/server/after";
export { ImageResponse, type ImageResponseOptions } from "../runtime/og/image-response";

/**
 * Marks the render as dynamic (per-request): what follows must not be prerendered.
 * @example
 * await connection();
 * const id = crypto.randomUUID(); // different on every request
 */
export function connection(): Promise<void> {
  getRequestStore("connection").dynamicUsed = true;
  return Promise.resolve();
}

type URLPatternClass = new (...args: unknown[]) => unknown;

class MissingURLPattern {
  constructor() {
    throw new Error(
      "[vinext] URLPattern is not available in this JavaScript runtime (Node.js has it from v23.8; Workers and browsers have it). Use a polyfill such as urlpattern-polyfill, or match the pathname yourself.",
    );
  }
}

/** The runtime's URLPattern (Workers, browsers, Node 23.8+); on older Node, constructing it throws a [vinext] error. */
export const URLPattern: URLPatternClass =
  ((globalThis as { URLPattern?: URLPatternClass }).URLPattern as URLPatternClass | undefined) ?? (MissingURLPattern as URLPatternClass);

/** The type of a `middleware` (or Next 16 `proxy`) export. */
export type NextMiddleware = (
  request: import("../runtime/server/next-request").NextRequest,
  event: import("../runtime/server/next-fetch-event").NextFetchEvent,
) => Response | null | undefined | void | Promise<Response | null | undefined | void>;
export type NextProxy = NextMiddleware;
