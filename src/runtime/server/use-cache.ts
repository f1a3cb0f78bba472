// 'use cache' at request time: the wrapper the build puts around every cached
// function (src/vite/use-cache-plugin.ts), and cacheLife()/cacheTag().
// Key = function id + source + its arguments encoded with React's encodeReply
// (JSX and functions passed through, e.g. `children`, become temporary
// references: they are not part of the key and are put back into the cached
// result, as in Next). The result is stored as Flight bytes, so JSX and client
// references survive. 'use cache: private' is memoised per request only.
// https://nextjs.org/docs/app/api-reference/directives/use-cache, .../use-cache-private
// Next: test/e2e/app-dir/use-cache, test/e2e/app-dir/use-cache-private.
import {
  createClientTemporaryReferenceSet,
  createFromReadableStream,
  createTemporaryReferenceSet,
  decodeReply,
  encodeReply,
  renderToReadableStream,
} from "@vitejs/plugin-rsc/rsc";
import { cacheConfig } from "virtual:vinext/cache-config";
import type { CacheValue } from "../../storage";
import { MAX_FETCH_CACHE_BYTES } from "../../storage/fetch-cache";
import { BUILTIN_PROFILES, resolveCacheLife, shortenLife, type CacheLifeInput } from "./cache-life";
import { rootStoreOf, runInScope, scopeOf, type CacheScope } from "./cache-scope";
import { readThrough, recordCacheUse } from "./data-cache";
import { validTags } from "./fetch-plan";
import { peekRequestStore, type RequestStore } from "./request-store";

type AnyFunction = (...args: unknown[]) => Promise<unknown>;
export type CacheKind = "public" | "private";

interface FlightEntry extends CacheValue {
  flight: Uint8Array;
}

interface Produced {
  value: FlightEntry;
  revalidate: number | false;
  expire?: number;
  tags: readonly string[];
}

const isFlightEntry = (value: CacheValue): value is FlightEntry => value.flight instanceof Uint8Array;

/** Results of the current request's cached calls, so a component rendered twice runs once. */
const perRequest = new WeakMap<RequestStore, Map<string, Promise<Produced>>>();

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
  }
  const out = new Uint8Array(chunks.reduce((size, chunk) => size + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) out.set(chunk, (offset += chunk.length) - chunk.length);
  return out;
}

function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes.slice());
      controller.close();
    },
  });
}

/** A stable text for encodeReply's output (FormData when arguments hold files or large binaries). */
async function replyKey(reply: string | FormData): Promise<string> {
  if (typeof reply === "string") return reply;
  const parts: unknown[] = [];
  for (const [name, value] of reply.entries()) {
    if (typeof value === "string") parts.push([name, value]);
    else {
      const hash = new Uint8Array(await crypto.subtle.digest("SHA-256", await value.arrayBuffer()));
      parts.push([name, { blob: Array.from(hash, (byte) => byte.toString(16).padStart(2, "0")).join("") }]);
    }
  }
  return JSON.stringify(parts);
}

function scopeLabel(kind: CacheKind): CacheScope["kind"] {
  return kind === "private" ? "use cache: private" : "use cache";
}

/**
 * A page's `searchParams` stays out of the key: encoding would read it, which
 * makes the page dynamic. The function gets it back; reading it inside a shared
 * scope is then the request-time API error (cache-scope.ts), as in Next.
 */
function splitSearchParams(args: unknown[]): { keyArgs: unknown[]; searchParams?: unknown } {
  const props = args[0] as Record<string, unknown> | undefined;
  if (!props || typeof props !== "object" || !(props.searchParams instanceof Promise)) return { keyArgs: args };
  const { searchParams, ...rest } = props;
  return { keyArgs: [rest, ...args.slice(1)], searchParams };
}

/** Runs the function in its scope and renders its result to Flight bytes. */
async function produce(store: RequestStore, fn: AnyFunction, id: string, kind: CacheKind, encoded: string | FormData, searchParams: unknown): Promise<Produced> {
  const run = runInScope(store, { kind: scopeLabel(kind), label: id }, async () => {
    const temporaryReferences = createTemporaryReferenceSet();
    const args = (await decodeReply(encoded, { temporaryReferences })) as unknown[];
    if (searchParams !== undefined) args[0] = { ...(args[0] as object), searchParams };
    const result = await fn(...args);
    let failure: unknown;
    const stream = renderToReadableStream(result, {
      temporaryReferences,
      environmentName: "Cache",
      onError(error: unknown) {
        failure ??= error;
      },
    });
    const bytes = await readAll(stream);
    // A part of the result that failed to render must not be cached.
    if (failure !== undefined) throw failure;
    return bytes;
  });
  const flight = await run.result;
  const scope = run.scope;
  const defaults = cacheConfig.cacheLife.default ?? BUILTIN_PROFILES.default!;
  const life = scope.life ?? shortenLife(defaults, { revalidate: scope.revalidate, expire: scope.expire });
  return { value: { flight }, revalidate: life.revalidate, expire: life.expire, tags: [...scope.tags] };
}

/** Wraps `fn` (a 'use cache' function with build-time id `id`) in the data cache. */
export function cachedFunction<F extends AnyFunction>(fn: F, id: string, kind: CacheKind = "public"): F {
  if (typeof fn !== "function") throw new Error(`[vinext] '${scopeLabel(kind)}' (${id}) can only mark an async function.`);
  const source = fn.toString();
  const cached = async function (...args: unknown[]): Promise<unknown> {
    const store = peekRequestStore() as RequestStore | undefined;
    if (!store) return fn(...args);
    const outer = scopeOf(store);
    if (kind === "private" && outer && outer.kind !== "use cache: private") {
      throw new Error(`[vinext] A 'use cache: private' function (${id}) was called inside ${outer.kind === "unstable_cache" ? "unstable_cache" : "a 'use cache' function"} (${outer.label}). Private data cannot be part of a shared cache entry; call it outside.`);
    }
    const root = rootStoreOf(store);
    // Private results depend on the request (cookies, headers): the page renders per request.
    if (kind === "private" && root.phase === "render") root.dynamicUsed = true;

    const clientReferences = createClientTemporaryReferenceSet();
    const { keyArgs, searchParams } = splitSearchParams(args);
    const encoded = await encodeReply(keyArgs, { temporaryReferences: clientReferences });
    const key = `use-cache:${id}:${source.length}:${source}:${await replyKey(encoded)}`;
    let byKey = perRequest.get(root);
    if (!byKey) perRequest.set(root, (byKey = new Map()));
    let pending = byKey.get(key);
    if (!pending) {
      pending =
        kind === "private"
          ? produce(store, fn, id, kind, encoded, searchParams)
          : readThrough<FlightEntry>({
              key,
              accept: isFlightEntry,
              load: async () => {
                const produced = await produce(store, fn, id, kind, encoded, searchParams);
                // Like fetch entries, results over 2 MB are used but not stored (KV and blob stores have item limits).
                const storable = produced.value.flight.length <= MAX_FETCH_CACHE_BYTES;
                if (!storable) console.warn(`[vinext] The result of '${scopeLabel(kind)}' function ${id} is over 2 MB and was not cached.`);
                return { ...produced, store: storable };
              },
            });
      byKey.set(key, pending);
      pending.catch(() => byKey!.delete(key));
    }
    const result = await pending;
    recordCacheUse(store, { revalidate: result.revalidate, expire: result.expire, tags: result.tags });
    return createFromReadableStream(streamOf(result.value.flight), { temporaryReferences: clientReferences, environmentName: "Cache" });
  };
  Object.defineProperty(cached, "name", { value: fn.name });
  return cached as F;
}

function currentScope(api: string): CacheScope {
  const store = peekRequestStore() as RequestStore | undefined;
  const scope = store && scopeOf(store);
  if (!scope || scope.kind === "unstable_cache") {
    throw new Error(`[vinext] ${api}() was called outside a 'use cache' function. Call it inside an async function or component that starts with 'use cache'.`);
  }
  return scope;
}

/** Sets the lifetime of the enclosing 'use cache' function's entry. */
export function cacheLife(profile: CacheLifeInput): void {
  currentScope("cacheLife").life = resolveCacheLife(profile, cacheConfig.cacheLife);
}

/** Tags the enclosing 'use cache' function's entry for revalidateTag / updateTag. */
export function cacheTag(...tags: string[]): void {
  const scope = currentScope("cacheTag");
  const warnings: string[] = [];
  for (const tag of validTags(tags, "cacheTag()", warnings)) scope.tags.add(tag);
  for (const warning of warnings) console.warn(`[vinext] ${warning}`);
}
