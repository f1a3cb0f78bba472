// next/cache `unstable_cache(fn, keyParts, { revalidate, tags })`: the result of
// `fn` (JSON data) kept in the data cache under keyParts + the arguments.
// https://nextjs.org/docs/app/api-reference/functions/unstable_cache
import type { CacheValue } from "../../storage";
import { runInScope } from "./cache-scope";
import { readThrough, recordCacheUse } from "./data-cache";
import { validTags } from "./fetch-plan";
import { peekRequestStore, type RequestStore } from "./request-store";

interface Options {
  revalidate?: number | false;
  tags?: string[];
}

interface StoredResult extends CacheValue {
  /** JSON text of the result; absent for `undefined`. */
  json?: string;
}

const isStoredResult = (value: CacheValue): value is StoredResult => "json" in value || Object.keys(value).length === 0;

function checkOptions(options: Options): { revalidate: number | false; tags: string[] } {
  const revalidate = options.revalidate ?? false;
  if (revalidate !== false && (typeof revalidate !== "number" || !(revalidate > 0))) {
    throw new Error(`[vinext] unstable_cache(): "revalidate" must be false or a number of seconds > 0 (got ${JSON.stringify(options.revalidate)}).`);
  }
  const warnings: string[] = [];
  const tags = validTags(options.tags, "unstable_cache()", warnings);
  for (const warning of warnings) console.warn(`[vinext] ${warning}`);
  return { revalidate, tags };
}

export function unstable_cache<A extends unknown[], R>(fn: (...args: A) => Promise<R> | R, keyParts?: string[], options: Options = {}): (...args: A) => Promise<R> {
  if (typeof fn !== "function") throw new Error("[vinext] unstable_cache() expects a function as its first argument.");
  if (keyParts !== undefined && (!Array.isArray(keyParts) || keyParts.some((part) => typeof part !== "string"))) {
    throw new Error("[vinext] unstable_cache(): keyParts must be an array of strings.");
  }
  const { revalidate, tags } = checkOptions(options);
  // Next keys by the function's source and keyParts: two functions with the same keyParts do not collide.
  const fixedKey = JSON.stringify([fn.toString(), keyParts ?? []]);

  return async (...args: A): Promise<R> => {
    const store = peekRequestStore() as RequestStore | undefined;
    if (!store) return fn(...args);
    const key = `unstable_cache:${fixedKey}:${JSON.stringify(args)}`;
    const result = await readThrough<StoredResult>({
      key,
      accept: isStoredResult,
      load: async () => {
        const run = runInScope(store, { kind: "unstable_cache", label: fn.name || "anonymous function" }, async () => fn(...args));
        const value = await run.result;
        const inner = run.scope;
        const json = value === undefined ? undefined : JSON.stringify(value);
        const ownRevalidate = inner.revalidate !== undefined && (revalidate === false || inner.revalidate < revalidate) ? inner.revalidate : revalidate;
        return { value: json === undefined ? {} : { json }, revalidate: ownRevalidate, tags: [...tags, ...inner.tags], store: true };
      },
    });
    recordCacheUse(store, { revalidate: result.revalidate, tags: [...tags, ...result.tags] });
    return (result.value.json === undefined ? undefined : JSON.parse(result.value.json)) as R;
  };
}
