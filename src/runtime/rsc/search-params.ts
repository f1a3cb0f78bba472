// `searchParams` for pages: a plain object as Next gives it, wrapped in a
// promise that marks the route dynamic (not pre-rendered) when read.
import { getRequestStore } from "../server/request-store";

/** Repeated keys become arrays; the internal `_rsc` key is dropped. */
export function searchParamsObject(search: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of search) {
    if (key === "_rsc") continue;
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

/**
 * A promise that marks the route dynamic when read. A subclass, because `await`
 * on a plain Promise skips an overridden `then`; on a subclass it calls it.
 */
class DynamicReadPromise<T> extends Promise<T> {
  override then<A = T, B = never>(onFulfilled?: ((value: T) => A | PromiseLike<A>) | null, onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<A | B> {
    getRequestStore("searchParams").dynamicUsed = true;
    return super.then(onFulfilled, onRejected);
  }
  // Derived promises (from then/catch) are plain: reading them is not a new read.
  static override get [Symbol.species]() {
    return Promise;
  }
}

export function searchParamsPromise(search: URLSearchParams): Promise<Record<string, string | string[]>> {
  const value = searchParamsObject(search);
  return new DynamicReadPromise((resolve) => resolve(value));
}
