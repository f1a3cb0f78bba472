// Resolves what router.push / next/link receive (a string or `{ pathname, query }`,
// optionally with the legacy `as`) into the URL to show. `{ pathname: "/blog/[slug]",
// query: { slug: "a" } }` interpolates its params (Next: test/integration/dynamic-routing,
// "should navigate to a dynamic page with href with a query object"). Pure.
import { formatUrlObject, type UrlObject } from "../../shims/url-object";
import { parseFolder } from "../routing/segments";
import type { Url } from "./router-types";

type QueryValue = NonNullable<Exclude<UrlObject["query"], string | null>>[string];

/** `/blog/[slug]` + `{ slug: "a b", x: "1" }` → `/blog/a%20b?x=1` (params used are removed from the query). */
export function interpolateUrlObject(url: UrlObject): string {
  const pathname = url.pathname ?? "";
  if (!pathname.includes("[") || !url.query || typeof url.query === "string") return formatUrlObject(url);
  const query: Record<string, QueryValue> = { ...url.query };
  const parts: string[] = [];
  for (const part of pathname.split("/").filter(Boolean)) {
    if (!part.startsWith("[")) {
      parts.push(part);
      continue;
    }
    let segment;
    try {
      const parsed = parseFolder(part);
      segment = parsed.kind === "url" ? parsed.segment : undefined;
    } catch {
      segment = undefined;
    }
    if (!segment || segment.kind === "static") {
      parts.push(part);
      continue;
    }
    const value = query[segment.name];
    delete query[segment.name];
    const values = value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
    if (values.length === 0 && segment.kind !== "optionalCatchAll") return formatUrlObject(url);
    parts.push(...values.map((v) => encodeURIComponent(String(v))));
  }
  return formatUrlObject({ ...url, pathname: `/${parts.join("/")}`, query: query as UrlObject["query"] });
}

export function urlToString(url: Url): string {
  return typeof url === "string" ? url : interpolateUrlObject(url);
}

/**
 * The URL to show for a navigation, resolved against the current location:
 * `as` when given (legacy two-argument form), else `url`.
 * @example resolveAs("/a?b=1", undefined, "http://x/c") // URL http://x/a?b=1
 */
export function resolveAs(url: Url, as: Url | undefined, base: string): URL {
  return new URL(urlToString(as ?? url), base);
}

