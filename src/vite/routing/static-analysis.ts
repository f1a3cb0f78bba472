// Decides ○ (static) or ƒ (dynamic) for the build report before pre-rendering
// exists: a route is dynamic when its URL has params, or when its page reads
// per-request input (searchParams) or opts out with `dynamic = "force-dynamic"`.
import { readFileSync } from "node:fs";

const PER_REQUEST = /\bsearchParams\b|export\s+const\s+dynamic\s*=\s*["']force-dynamic["']/;

export function isDynamicRoute(pattern: string, files: readonly string[]): boolean {
  if (pattern.includes("[")) return true;
  return files.some((file) => {
    try {
      return PER_REQUEST.test(readFileSync(file, "utf8"));
    } catch {
      return true;
    }
  });
}
