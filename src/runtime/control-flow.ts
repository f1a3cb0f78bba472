// The errors Next uses for control flow: notFound(), forbidden(), unauthorized()
// and redirect(). Their `digest` strings follow Next's format so code that
// inspects digests (and unstable_rethrow) behaves the same. Shared by every
// environment; pure.

export type HttpFallbackStatus = 404 | 403 | 401;
export type RedirectType = "push" | "replace";

const FALLBACK_PREFIX = "NEXT_HTTP_ERROR_FALLBACK;";
const REDIRECT_PREFIX = "NEXT_REDIRECT;";

export interface ControlFlowError extends Error {
  digest: string;
}

export function httpFallbackError(status: HttpFallbackStatus): ControlFlowError {
  const error = new Error(FALLBACK_PREFIX + status) as ControlFlowError;
  error.digest = FALLBACK_PREFIX + status;
  return error;
}

/** @example redirectError("/login", "replace", 307).digest // "NEXT_REDIRECT;replace;/login;307;" */
export function redirectError(url: string, type: RedirectType, status: 307 | 308): ControlFlowError {
  const digest = `${REDIRECT_PREFIX}${type};${url};${status};`;
  const error = new Error(REDIRECT_PREFIX + url) as ControlFlowError;
  error.digest = digest;
  return error;
}

function digestOf(error: unknown): string | undefined {
  return error && typeof error === "object" && "digest" in error && typeof error.digest === "string" ? error.digest : undefined;
}

/** The 404/403/401 of a notFound()/forbidden()/unauthorized() error, else undefined. */
export function httpFallbackStatus(error: unknown): HttpFallbackStatus | undefined {
  const digest = digestOf(error);
  if (!digest?.startsWith(FALLBACK_PREFIX)) return undefined;
  const status = Number(digest.slice(FALLBACK_PREFIX.length));
  return status === 404 || status === 403 || status === 401 ? status : undefined;
}

export interface RedirectInfo {
  url: string;
  type: RedirectType;
  status: 307 | 308 | 303;
}

export function redirectInfo(error: unknown): RedirectInfo | undefined {
  const digest = digestOf(error);
  if (!digest?.startsWith(REDIRECT_PREFIX)) return undefined;
  // The URL may itself contain ";", so read the type from the front and the status from the back.
  const body = digest.slice(REDIRECT_PREFIX.length).replace(/;$/, "");
  const type = body.slice(0, body.indexOf(";")) as RedirectType;
  const status = Number(body.slice(body.lastIndexOf(";") + 1)) as RedirectInfo["status"];
  const url = body.slice(body.indexOf(";") + 1, body.lastIndexOf(";"));
  return { url, type: type === "push" ? "push" : "replace", status };
}

/** True for errors that are control flow, not failures (never logged as errors). */
export function isControlFlowError(error: unknown): boolean {
  return httpFallbackStatus(error) !== undefined || redirectInfo(error) !== undefined;
}
