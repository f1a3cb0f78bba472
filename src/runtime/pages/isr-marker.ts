// The ssr side (pages/server.ts) marks a getStaticProps render that may be
// stored with this header and its `revalidate`; the rsc side (pages/page-cache.ts,
// server/prerender.ts) reads it and never lets it reach the client.
export const PAGES_ISR_HEADER = "x-vinext-pages-isr";

/** The `revalidate` a marked response carries, or undefined when it may not be stored. */
export function markedRevalidate(response: Response): number | false | undefined {
  const value = response.headers.get(PAGES_ISR_HEADER);
  if (value === null) return undefined;
  if (value === "false") return false;
  const seconds = Number(value);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}

/** A copy of the response's headers without the marker. */
export function headersWithoutMarker(response: Response): Headers {
  const headers = new Headers(response.headers);
  headers.delete(PAGES_ISR_HEADER);
  return headers;
}

/** The response without the marker (headers copied: the original may be immutable). */
export function withoutMarker(response: Response): Response {
  if (!response.headers.has(PAGES_ISR_HEADER)) return response;
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers: headersWithoutMarker(response) });
}
