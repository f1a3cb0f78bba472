// BUILD TIME. Finds next.config redirects that send a request around in a
// circle (`/a → /b → /a`, `/:p → /:p`). Each rule's source is turned into a
// sample path and the redirect chain is followed; rules with `has`/`missing`
// depend on the request, so a chain reaching one is not judged.
import { buildDestination, type RedirectRule } from "../runtime/routing/config-rules";
import { compilePathPattern, matchPathPattern } from "../runtime/routing/path-pattern";

const SAMPLES = ["x", "1", "a-1"];
const TOKEN = /\\(.)|:[A-Za-z_$][\w$]*(?:\((?:\\.|[^)])*\))?[?*+]?|\((?:\\.|[^)])*\)[?*+]?/g;

/** A concrete path the source matches, or undefined when no sample value fits its params. */
export function samplePath(source: string): string | undefined {
  const compiled = compilePathPattern(source);
  for (const sample of SAMPLES) {
    const path = source.replace(TOKEN, (_token, escaped: string | undefined) => escaped ?? sample).replace(/(.)\/$/, "$1");
    if (compiled.regex.test(path)) return path;
  }
  return undefined;
}

const withoutTrailingSlash = (path: string) => (path.length > 1 && path.endsWith("/") ? path.slice(0, -1) : path);

/** Where the first matching redirect sends `path`; null when that depends on the request; undefined when nothing (internal) does. */
function follow(redirects: readonly RedirectRule[], path: string): string | null | undefined {
  for (const rule of redirects) {
    if (rule.basePath === false) continue;
    const params = matchPathPattern(compilePathPattern(rule.source), path);
    if (!params) continue;
    if (rule.has?.length || rule.missing?.length) return null;
    const destination = buildDestination(rule.destination, params, new URLSearchParams(), false);
    if (destination.external) return undefined;
    return withoutTrailingSlash(destination.href.replace(/[?#].*$/, ""));
  }
  return undefined;
}

/**
 * The first redirect cycle found, as the list of paths (first and last equal), or undefined.
 * @example findRedirectLoop([{ source: "/a", destination: "/b", status: 307 }, { source: "/b", destination: "/a", status: 307 }]) // ["/a", "/b", "/a"]
 */
export function findRedirectLoop(redirects: readonly RedirectRule[]): string[] | undefined {
  for (const start of redirects) {
    if (start.has?.length || start.missing?.length || start.basePath === false) continue;
    const first = samplePath(start.source);
    if (!first) continue;
    const chain = [first];
    for (let step = 0; step < redirects.length + 1; step++) {
      const next = follow(redirects, chain.at(-1)!);
      if (!next) break;
      if (chain.includes(next)) return [...chain, next];
      chain.push(next);
    }
  }
  return undefined;
}
