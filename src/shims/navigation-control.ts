// notFound(), forbidden(), unauthorized(), redirect(), permanentRedirect() and
// unstable_rethrow(): the same in both next/navigation variants.
// https://nextjs.org/docs/app/api-reference/functions/redirect
import { httpFallbackError, isControlFlowError, redirectError, type RedirectType as Type } from "../runtime/control-flow";
import { peekRequestStore } from "../runtime/server/request-store-peek";

export const RedirectType = { push: "push", replace: "replace" } as const;

export function notFound(): never {
  throw httpFallbackError(404);
}

export function forbidden(): never {
  throw httpFallbackError(403);
}

export function unauthorized(): never {
  throw httpFallbackError(401);
}

/** In a Server Action the default is "push" (Next's behaviour); elsewhere "replace". */
function defaultType(): Type {
  return peekRequestStore()?.phase === "action" ? "push" : "replace";
}

export function redirect(url: string, type?: Type): never {
  throw redirectError(url, type ?? defaultType(), 307);
}

export function permanentRedirect(url: string, type?: Type): never {
  throw redirectError(url, type ?? defaultType(), 308);
}

/** Rethrows Next's internal control-flow errors so a try/catch in user code does not swallow them. */
export function unstable_rethrow(error: unknown): void {
  if (isControlFlowError(error)) throw error;
  if (error instanceof Error && error.cause !== undefined) unstable_rethrow(error.cause);
}
