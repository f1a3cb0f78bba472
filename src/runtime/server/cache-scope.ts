// The scope a cached function runs in ('use cache', 'use cache: private',
// unstable_cache): a child of the request store that collects the lifetimes
// and tags of the data used inside, and keeps request-time APIs out of shared
// entries (cookies() or headers() inside 'use cache' is an error, as in Next).
// It rides on the request store's AsyncLocalStorage (request-store.ts).
import type { CacheLife } from "./cache-life";
import { runWithRequestStore, type RequestStore } from "./request-store";

export type ScopeKind = "use cache" | "use cache: private" | "unstable_cache";

export interface CacheScope {
  kind: ScopeKind;
  /** The function's id or name, for error messages. */
  label: string;
  /** The request the scope runs in (not a scope). */
  root: RequestStore;
  tags: Set<string>;
  /** Lowest revalidate / expire of the data used inside. */
  revalidate?: number;
  expire?: number;
  /** The profile cacheLife() set inside, if it was called. */
  life?: CacheLife;
}

const SCOPE = Symbol.for("vinext.cache-scope");

export function scopeOf(store: RequestStore): CacheScope | undefined {
  return (store as RequestStore & { [SCOPE]?: CacheScope })[SCOPE];
}

export function rootStoreOf(store: RequestStore): RequestStore {
  return scopeOf(store)?.root ?? store;
}

function requestApiError(scope: CacheScope): Error {
  const fix =
    scope.kind === "unstable_cache"
      ? "Read it outside the cached function and pass the value in as an argument."
      : "Read it outside the cached function and pass the value in as an argument, or use 'use cache: private'.";
  return new Error(
    `[vinext] A request-time API (cookies(), headers(), connection(), searchParams) was used inside ${scope.kind === "unstable_cache" ? "unstable_cache" : `a '${scope.kind}' function`} (${scope.label}). Its result is shared between requests, so it cannot depend on one. ${fix}`,
  );
}

/** Runs `fn` in a new cache scope below `parent`. */
export function runInScope<T>(parent: RequestStore, scope: Omit<CacheScope, "root" | "tags">, fn: () => Promise<T>): { scope: CacheScope; result: Promise<T> } {
  const full: CacheScope = { ...scope, root: rootStoreOf(parent), tags: new Set() };
  const child = Object.create(parent, {
    [SCOPE]: { value: full },
    // Request-time APIs mark the store dynamic: inside a shared scope that is an
    // error; a private scope is per request, so the page becomes dynamic.
    dynamicUsed: {
      get: () => false,
      set: (value: boolean) => {
        if (!value) return;
        if (full.kind !== "use cache: private") throw requestApiError(full);
        full.root.dynamicUsed = true;
      },
    },
  }) as RequestStore;
  return { scope: full, result: runWithRequestStore(child, fn) };
}
