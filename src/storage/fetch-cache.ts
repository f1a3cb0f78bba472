// The data cache's fetch entries: the cache key of a request (URL, method,
// headers, body and the fetch options that change the answer, as Next keys
// them) and a binary-safe stored response (status, headers, body bytes).
// https://nextjs.org/docs/app/api-reference/functions/fetch

/** What is stored for one cached fetch response. */
export interface CachedFetch {
  [key: string]: unknown;
  status: number;
  statusText: string;
  headers: [string, string][];
  body: Uint8Array;
  url: string;
}

/** Next does not cache fetch responses over 2 MB (its "items over 2MB can not be cached" warning). */
export const MAX_FETCH_CACHE_BYTES = 2 * 1024 * 1024;

/** Headers that differ per call without changing the answer (tracing). */
const IGNORED_HEADERS = new Set(["traceparent", "tracestate"]);

export interface FetchKeyInput {
  url: string;
  method: string;
  headers: Headers;
  /** The request body as bytes (undefined for GET/HEAD). */
  body?: Uint8Array;
  mode?: string;
  redirect?: string;
  credentials?: string;
  integrity?: string;
}

async function digest(bytes: Uint8Array): Promise<string> {
  const hash = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>));
  return Array.from(hash, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/**
 * The logical cache key of a fetch: equal for requests that must share an answer.
 * @example await fetchCacheKey({ url: "https://api.example/x", method: "GET", headers: new Headers() })
 * // 'fetch:["v1","https://api.example/x","GET",[],"","","","","",""]'
 */
export async function fetchCacheKey(input: FetchKeyInput): Promise<string> {
  const headers = [...input.headers.entries()].filter(([name]) => !IGNORED_HEADERS.has(name)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const body = input.body && input.body.length > 0 ? await digest(input.body) : "";
  const parts = ["v1", input.url, input.method.toUpperCase(), headers, input.mode ?? "", input.redirect ?? "", input.credentials ?? "", input.integrity ?? "", body, ""];
  return `fetch:${JSON.stringify(parts)}`;
}

/** Reads `response` fully into a storable entry (the caller keeps using a copy made from it). */
export async function toCachedFetch(response: Response): Promise<CachedFetch> {
  const body = new Uint8Array(await response.arrayBuffer());
  return { status: response.status, statusText: response.statusText, headers: [...response.headers.entries()], body, url: response.url };
}

/** A fresh Response for a stored entry; each caller gets its own body. */
export function fromCachedFetch(entry: CachedFetch): Response {
  const nullBody = entry.status === 204 || entry.status === 205 || entry.status === 304;
  const response = new Response(nullBody ? null : entry.body.slice() as Uint8Array<ArrayBuffer>, {
    status: entry.status,
    statusText: entry.statusText,
    headers: entry.headers,
  });
  // Response.url is read-only on the prototype; code reading it expects the fetched URL.
  if (entry.url) Object.defineProperty(response, "url", { value: entry.url });
  return response;
}

export function isCachedFetch(value: unknown): value is CachedFetch {
  const entry = value as CachedFetch;
  return !!entry && typeof entry.status === "number" && Array.isArray(entry.headers) && entry.body instanceof Uint8Array;
}
