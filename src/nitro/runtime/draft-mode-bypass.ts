// Draft mode vs. pre-rendered pages: a request carrying Next's bypass cookie must
// be rendered per request (test/e2e/app-dir/draft-mode "should generate rand when
// draft mode enabled"), but the static layer (Nitro's on Node, ASSETS on Workers)
// answers pre-rendered pages before the handler runs. These checks decide when to
// skip it; whether draft mode is really on (the cookie's value is this build's
// secret) is for the handler to decide. Shared by the renderer and the Node plugin.

/** Next's cookie name; runtime/server/draft-mode.ts holds the same value. */
export const DRAFT_MODE_COOKIE = "__prerender_bypass";

const COOKIE_PATTERN = new RegExp(`(?:^|;)\\s*${DRAFT_MODE_COOKIE}=`);

/** A GET/HEAD request that carries the bypass cookie (any value). */
export function wantsDraftMode(request: Request): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  const cookie = request.headers.get("cookie");
  return cookie !== null && COOKIE_PATTERN.test(cookie);
}

/**
 * True when a static file is a pre-rendered page: its HTML document, its
 * Flight twin at `<path>.rsc`, or its Pages data JSON. Other assets (scripts, images) stay static.
 * @example isPrerenderedPage("/about", "text/html; charset=utf-8") // true
 */
export function isPrerenderedPage(pathname: string, contentType: string | null | undefined): boolean {
  // A getStaticProps page's data for client transitions (Pages preview mode renders it per request too).
  if (pathname.startsWith("/_next/data/") && pathname.endsWith(".json")) return !!contentType?.startsWith("application/json");
  if (pathname.endsWith(".rsc")) return !!contentType?.startsWith("text/x-component");
  return !!contentType?.startsWith("text/html");
}
