// next.config `basePath` on the client and in the renderers: app paths
// ("/about") are shown and fetched under it ("/docs/about"), and what the
// address bar holds is read without it (usePathname, router.asPath). The value
// is set at build time (src/vite/base-path-plugin.ts) for every environment.
// Next: test/integration/basepath.

/** "" or "/docs". */
export const basePath: string = process.env.__NEXT_ROUTER_BASEPATH || "";

function isLocalPath(href: string): boolean {
  return href.startsWith("/") && !href.startsWith("//");
}

/** True when `pathname` is the basePath or lies below it. */
export function hasBasePath(pathname: string, base = basePath): boolean {
  return base === "" || pathname === base || pathname.startsWith(`${base}/`) || pathname.startsWith(`${base}?`) || pathname.startsWith(`${base}#`);
}

/**
 * An app path as the browser must see it; other hrefs (external, relative, hash) as given.
 * @example addBasePath("/about?x=1", "/docs") // "/docs/about?x=1"
 */
export function addBasePath(href: string, base = basePath): string {
  if (!base || !isLocalPath(href)) return href;
  return href === "/" ? base : href.startsWith("/?") || href.startsWith("/#") ? base + href.slice(1) : base + href;
}

/**
 * A path from the address bar (or a server URL) without the basePath.
 * @example removeBasePath("/docs/about", "/docs") // "/about"
 */
export function removeBasePath(path: string, base = basePath): string {
  if (!base || !hasBasePath(path, base)) return path;
  const rest = path.slice(base.length);
  return rest === "" || rest.startsWith("?") || rest.startsWith("#") ? `/${rest}` : rest;
}
