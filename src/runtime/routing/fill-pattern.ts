// Turns a route pattern and params back into a URL path (for pre-rendering
// generateStaticParams results). Pure; the inverse of matchRoute.
import type { Params } from "./match";
import type { UrlSegment } from "./segments";

/**
 * @example fillPattern([{ kind: "static", value: "blog" }, { kind: "dynamic", name: "slug" }], { slug: "a b" }) // "/blog/a%20b"
 * Returns undefined when a required param is missing.
 */
export function fillPattern(segments: readonly UrlSegment[], params: Params): string | undefined {
  const parts: string[] = [];
  for (const segment of segments) {
    if (segment.kind === "static") {
      parts.push(encodeURIComponent(segment.value));
      continue;
    }
    const value = params[segment.name];
    if (segment.kind === "dynamic") {
      if (typeof value !== "string" || value === "") return undefined;
      parts.push(encodeURIComponent(value));
    } else {
      const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
      if (segment.kind === "catchAll" && list.length === 0) return undefined;
      parts.push(...list.map((v) => encodeURIComponent(String(v))));
    }
  }
  return `/${parts.join("/")}`;
}
