// Formats Next's `href` objects (`{ pathname, query, hash }`) into URL strings.
export interface UrlObject {
  pathname?: string | null;
  query?: Record<string, string | number | boolean | readonly (string | number | boolean)[] | null | undefined> | string | null;
  hash?: string | null;
  search?: string | null;
}

/** @example formatUrlObject({ pathname: "/a", query: { q: "x" } }) // "/a?q=x" */
export function formatUrlObject(url: UrlObject): string {
  let search = url.search ?? "";
  if (!search && url.query) {
    const params = new URLSearchParams();
    if (typeof url.query === "string") return `${url.pathname ?? ""}?${url.query}${formatHash(url.hash)}`;
    for (const [key, value] of Object.entries(url.query)) {
      if (value === null || value === undefined) continue;
      for (const item of Array.isArray(value) ? value : [value]) params.append(key, String(item));
    }
    const text = params.toString();
    search = text ? `?${text}` : "";
  }
  if (search && !search.startsWith("?")) search = `?${search}`;
  return `${url.pathname ?? ""}${search}${formatHash(url.hash)}`;
}

function formatHash(hash: string | null | undefined): string {
  if (!hash) return "";
  return hash.startsWith("#") ? hash : `#${hash}`;
}
