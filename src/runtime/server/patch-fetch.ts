// Server-side `fetch` (rsc environment) with Next's extensions: `cache` and
// `next: { revalidate, tags }` through the data cache (fetch-plan.ts, with the
// route's `fetchCache`), and
// identical GETs memoised within one render. Patched once; outside a request
// it is the platform's fetch. https://nextjs.org/docs/app/api-reference/functions/fetch
// Next: test/e2e/app-dir/app-static (fetch cache, revalidate, tags, de-dup).
import { fetchCacheKey, fromCachedFetch, isCachedFetch, MAX_FETCH_CACHE_BYTES, toCachedFetch, type CachedFetch } from "../../storage/fetch-cache";
import { rootStoreOf, scopeOf } from "./cache-scope";
import { readThrough, recordCacheUse } from "./data-cache";
import { planFetch } from "./fetch-plan";
import { peekRequestStore, type RequestStore } from "./request-store";

type Fetch = typeof globalThis.fetch;
type NextInit = RequestInit & { next?: unknown };

const PATCHED = Symbol.for("vinext.fetch-patched");
const warned = new Set<string>();

function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`[vinext] ${message}`);
}

/** Memoised responses of the current render, per request (Next's fetch memoization). */
const memo = new WeakMap<RequestStore, Map<string, Promise<CachedFetch>>>();

function urlOf(input: RequestInfo | URL): string {
  return typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
}

async function bodyBytes(request: Request): Promise<Uint8Array | undefined> {
  if (request.method === "GET" || request.method === "HEAD" || !request.body) return undefined;
  return new Uint8Array(await request.clone().arrayBuffer());
}

export function patchFetch(original: Fetch): Fetch {
  if ((original as Fetch & { [PATCHED]?: boolean })[PATCHED]) return original;

  const patched = async function fetch(input: RequestInfo | URL, init?: NextInit): Promise<Response> {
    const store = peekRequestStore() as RequestStore | undefined;
    if (!store) return original(input, init);
    // `cache` and `next` mean Next's data cache here, not the platform's HTTP
    // cache (workerd rejects most `cache` values): they never reach the platform.
    const { cache: initCache, next, ...rest } = init ?? {};
    const cache = initCache ?? (input instanceof Request && input.cache !== "default" ? input.cache : undefined);
    const url = urlOf(input);
    const root = rootStoreOf(store);
    // Inside unstable_cache the page's fetchCache does not apply (the function's entry is the cache).
    const plan = planFetch(cache, next, url, scopeOf(store)?.kind === "unstable_cache" ? "auto" : root.segmentFetchCache);
    for (const warning of plan.warnings) warnOnce(warning);
    const inScope = scopeOf(store) !== undefined;

    if (plan.dynamic) {
      // Inside a cached function the result is cached by that function; the page stays as it is.
      if (!inScope && root.phase === "render") root.dynamicUsed = true;
    } else if (!plan.cached && plan.tags.length > 0) {
      recordCacheUse(store, { revalidate: false, tags: plan.tags });
    }

    const request = new Request(input, rest);
    const forward = () => original(request.clone());
    const memoizable = root.phase === "render" && (request.method === "GET" || request.method === "HEAD") && !rest.signal;
    if (!plan.cached && !memoizable) return forward();

    const key = await fetchCacheKey({
      url: request.url,
      method: request.method,
      headers: request.headers,
      body: await bodyBytes(request),
      mode: request.mode,
      redirect: request.redirect,
      credentials: request.credentials,
      integrity: request.integrity,
    });

    const load = async (): Promise<CachedFetch> => {
      if (!plan.cached) return toCachedFetch(await forward());
      const result = await readThrough<CachedFetch>({
        key,
        accept: isCachedFetch,
        load: async () => {
          const entry = await toCachedFetch(await forward());
          const storable = entry.status >= 200 && entry.status < 300 && entry.body.length <= MAX_FETCH_CACHE_BYTES;
          if (entry.body.length > MAX_FETCH_CACHE_BYTES) warnOnce(`${url}: the response is over 2 MB and was not cached.`);
          return { value: entry, revalidate: plan.revalidate, tags: plan.tags, store: storable };
        },
      });
      recordCacheUse(store, { revalidate: result.revalidate, tags: [...plan.tags, ...result.tags] });
      return result.value;
    };

    if (!memoizable) return fromCachedFetch(await load());
    let byKey = memo.get(root);
    if (!byKey) memo.set(root, (byKey = new Map()));
    let pending = byKey.get(key);
    if (!pending) {
      pending = load();
      byKey.set(key, pending);
      pending.catch(() => byKey!.delete(key));
    } else if (plan.cached) {
      // A memoised call still tells this page (or scope) what it depends on.
      recordCacheUse(store, { revalidate: plan.revalidate, tags: plan.tags });
    }
    return fromCachedFetch(await pending);
  } as Fetch;
  Object.defineProperty(patched, PATCHED, { value: true });
  return patched;
}

/** Installs the patched fetch on globalThis (once per realm). */
export function installFetchPatch(): void {
  globalThis.fetch = patchFetch(globalThis.fetch);
}

installFetchPatch();
