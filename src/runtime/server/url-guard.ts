// First checks on an incoming URL, before any routing. Pure.
// Next answers repeated slashes / backslashes with a 308 to the cleaned path
// (test/integration/repeated-slashes) and malformed percent-encoding with 400.
import { MalformedPathError, splitPathname } from "../routing/match";

export type UrlVerdict =
  | { ok: true; parts: string[] }
  | { ok: false; status: 308; location: string }
  | { ok: false; status: 400; reason: string };

/**
 * @example checkUrl(new URL("http://h//evil.com")) // { ok: false, status: 308, location: "/evil.com" }
 */
export function checkUrl(url: URL, rawPath: string): UrlVerdict {
  if (/\/\/|\\/.test(rawPath)) {
    // Collapse to one leading slash so the Location can never be protocol-relative.
    const cleaned = "/" + rawPath.replace(/\\/g, "/").split("/").filter(Boolean).join("/");
    return { ok: false, status: 308, location: cleaned + url.search };
  }
  try {
    return { ok: true, parts: splitPathname(url.pathname) };
  } catch (error) {
    if (error instanceof MalformedPathError) return { ok: false, status: 400, reason: error.message };
    throw error;
  }
}

/** The path exactly as sent (before URL parsing resolves `..` or folds slashes). */
export function rawPathOf(requestUrl: string): string {
  const afterScheme = requestUrl.indexOf("//") + 2;
  const rest = requestUrl.slice(afterScheme);
  const end = rest.search(/[?#]/);
  const authorityAndPath = end === -1 ? rest : rest.slice(0, end);
  const pathStart = authorityAndPath.indexOf("/");
  return pathStart === -1 ? "/" : authorityAndPath.slice(pathStart);
}
