// Client navigations fetch Flight from `<path>.rsc` (the root is `/index.rsc`)
// rather than from the page URL with a header: a distinct URL lets pages
// pre-rendered at build time keep their Flight payload as a static file next
// to their HTML, served without rendering. Pure; shared by client and server.

export const FLIGHT_SUFFIX = ".rsc";

/** @example flightPathFor("/blog/a") // "/blog/a.rsc"; flightPathFor("/") // "/index.rsc" */
export function flightPathFor(pathname: string): string {
  const trimmed = pathname.length > 1 && pathname.endsWith("/") ? pathname.slice(0, -1) : pathname;
  return (trimmed === "/" ? "/index" : trimmed) + FLIGHT_SUFFIX;
}

/** @example parseFlightPath("/index.rsc") // { pathname: "/", flight: true } */
export function parseFlightPath(pathname: string): { pathname: string; flight: boolean } {
  if (!pathname.endsWith(FLIGHT_SUFFIX) || pathname === FLIGHT_SUFFIX || pathname === `/${FLIGHT_SUFFIX}`) return { pathname, flight: false };
  const page = pathname.slice(0, -FLIGHT_SUFFIX.length);
  return { pathname: page === "/index" ? "/" : page, flight: true };
}
