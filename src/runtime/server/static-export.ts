// `output: "export"` at request time, i.e. inside the build's prerender worker
// (VINEXT_STATIC_EXPORT=1, set by src/nitro/static-export.ts): which answers
// cannot become static files, and the not-found page written as 404.html.
// Next: test/integration/app-dir-export (dynamicpage-prod, dynamicapiroute-prod).
import type { RequestStore } from "./request-store";

/** Pre-rendered only for the export; written to `out/404.html`, never served. */
export const EXPORT_NOT_FOUND_PATH = "/__vinext/export-not-found";

export function isStaticExport(): boolean {
  return (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.VINEXT_STATIC_EXPORT === "1";
}

/**
 * Why a page or route handler needs a server, in words the build error shows
 * (undefined: it may be written as a file). The caller has already buffered
 * the body; `response.status` is the status the render chose.
 */
export function exportBlocker(response: Response, store: RequestStore): string | undefined {
  const read = requestReads.get(store);
  if (read) return `it reads ${read}, which a static file cannot depend on (Route Handlers that rely on the Request need a server)`;
  // Read at run time (an imported constant or a layout's value counts), like Next's segment config.
  const revalidate = store.segmentRevalidate;
  if (typeof revalidate === "number" && revalidate > 0) return `it sets \`revalidate = ${revalidate}\` (Incremental Static Regeneration needs a server; an export is generated once, at build time)`;
  if (store.segmentDynamic === "force-dynamic") return 'it sets `export const dynamic = "force-dynamic"`';
  if (store.dynamicUsed && store.segmentDynamic !== "force-static") {
    return "it reads per-request data while rendering (cookies(), headers(), draftMode(), connection() or searchParams)";
  }
  const outcome = store.renderState;
  if (response.status >= 300 && response.status < 400) return `it redirects at build time (${response.status} to ${response.headers.get("location") ?? "?"})`;
  if (outcome?.redirect) return "it calls redirect() while rendering";
  const status = outcome && outcome.status !== 200 ? outcome.status : response.status;
  if (status !== 200) return `it answers ${status} at build time (notFound(), forbidden() or unauthorized())`;
  return undefined;
}

const requestReads = new WeakMap<RequestStore, string>();
const BODY_READERS = new Set(["body", "json", "text", "formData", "arrayBuffer", "blob", "bytes"]);

/**
 * The request a route handler sees while exporting: reading its headers, cookies
 * or body marks the answer as needing a server (Next runs export route handlers
 * with `dynamic = "error"`). Elsewhere it is the request itself.
 */
export function exportRequestView<T extends Request>(request: T, store: RequestStore): T {
  if (!isStaticExport()) return request;
  const mark = (what: string) => {
    if (!requestReads.has(store)) requestReads.set(store, what);
  };
  return new Proxy(request, {
    get(target, key) {
      if (key === "headers" || key === "cookies") mark(`request.${key}`);
      else if (typeof key === "string" && BODY_READERS.has(key)) mark("the request body");
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** finishPrerender under `output: "export"`: a blocked answer carries its reason as the body. */
export async function finishStaticExport(response: Response, store: RequestStore, dynamicContentType: string): Promise<Response> {
  if (response.status >= 500) return response;
  // 200, so that Nitro writes it (the layout step renames it to 404.html).
  if (store.url.pathname === EXPORT_NOT_FOUND_PATH) return new Response(response.body, { headers: response.headers });
  const body = await response.arrayBuffer();
  const reason = exportBlocker(response, store);
  if (reason) return new Response(reason, { headers: { "content-type": dynamicContentType } });
  return new Response(body, response);
}
