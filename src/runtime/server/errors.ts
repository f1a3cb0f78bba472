// Error reporting for renders: the server logs the full error; what reaches the
// client is only a digest (production responses never carry messages or stacks).
import { isPrerendering } from "./prerender-state";
import { peekRequestStore } from "./request-store";

/** A short stable hash of the error text, as Next's `digest`. */
export function errorDigest(error: unknown): string {
  const text = error instanceof Error ? `${error.name}:${error.message}` : String(error);
  let hash = 5381;
  for (let i = 0; i < text.length; i++) hash = ((hash << 5) + hash + text.charCodeAt(i)) >>> 0;
  return String(hash);
}

export type RequestErrorKind = "render" | "route" | "action";
type RequestErrorListener = (error: unknown, kind: RequestErrorKind, route: string) => void;
let listener: RequestErrorListener | undefined;

/** Set once by runtime/server/instrumentation.ts: instrumentation.ts's onRequestError hears every error reported here. */
export function setRequestErrorListener(fn: RequestErrorListener): void {
  listener = fn;
}

/** Passes an error of a render, route handler or Server Action on to onRequestError (never throws). */
export function notifyRequestError(error: unknown, kind: RequestErrorKind, route: string): void {
  try {
    listener?.(error, kind, route);
  } catch {
    // A failing hook must not change the response.
  }
}

/** Flight `onError`: logs with the route and returns the digest sent to the client. */
export function reportRenderError(error: unknown, route: string): string {
  const digest =
    error && typeof error === "object" && "digest" in error && typeof error.digest === "string"
      ? error.digest
      : errorDigest(error);
  // At build time, a page that already read per-request data is dynamic and is not written
  // (prerender.ts): whatever it throws without a request (a missing cookie…) is not an error.
  // Next stops such a render at the first cookies()/headers() call.
  if (isPrerendering() && peekRequestStore()?.dynamicUsed) return digest;
  console.error(`[vinext] Error rendering ${route} (digest ${digest}):`, error);
  notifyRequestError(error, "render", route);
  return digest;
}
