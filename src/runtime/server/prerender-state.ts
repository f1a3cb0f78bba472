// Whether this process is Nitro's build-time prerender worker, and the content
// type that tells it not to write an answer. Apart from prerender.ts so modules
// it imports (metadata-image.ts) can ask without an import cycle.

/** Content type of the answer for a page that must not be written at build time. */
export const DYNAMIC_CONTENT_TYPE = "application/x-vinext-dynamic";

export function isPrerendering(): boolean {
  return (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.VINEXT_PRERENDER === "1";
}
