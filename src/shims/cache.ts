// next/cache: revalidatePath, revalidateTag, updateTag and refresh. Each is
// recorded on the request and written to the ISR store's tag records
// (runtime/server/revalidation); a Server Action that called one answers with
// the freshly rendered page.
// https://nextjs.org/docs/app/api-reference/functions/revalidatePath
// https://nextjs.org/docs/app/api-reference/functions/refresh
import { peekRequestStore } from "../runtime/server/request-store-peek";
import { recordRevalidation, type Revalidation } from "../runtime/server/revalidation";

function record(api: string, revalidation: Revalidation, actionsOnly: boolean): void {
  const store = peekRequestStore();
  if (!store) {
    throw new Error(`[vinext] ${api}() was called outside a request. Call it inside a Server Action or Route Handler.`);
  }
  if (store.phase === "render") {
    throw new Error(
      `[vinext] ${api}() was called while rendering a page, which Next.js does not support. Call it inside a Server Action${actionsOnly ? "" : " or Route Handler"}.`,
    );
  }
  if (actionsOnly && store.phase !== "action") {
    throw new Error(`[vinext] ${api}() can only be called inside a Server Action.`);
  }
  recordRevalidation(store, revalidation);
}

/** Marks `path` stale; in a Server Action the current page re-renders in the same response. */
export function revalidatePath(path: string, type?: "page" | "layout"): void {
  if (typeof path !== "string" || path.length === 0) throw new Error("[vinext] revalidatePath() expects a path such as \"/blog\".");
  record("revalidatePath", { kind: "path", path, type }, false);
}

/** Marks data tagged `tag` stale (a cacheLife profile) or expired (no profile / `{ expire: 0 }`). */
export function revalidateTag(tag: string, profile?: unknown): void {
  if (typeof tag !== "string" || tag.length === 0) throw new Error("[vinext] revalidateTag() expects a tag string.");
  record("revalidateTag", { kind: "tag", tag, profile }, false);
}

/** Next 16: expires `tag` and lets the action's response read the new data. */
export function updateTag(tag: string): void {
  if (typeof tag !== "string" || tag.length === 0) throw new Error("[vinext] updateTag() expects a tag string.");
  record("updateTag", { kind: "tag", tag, expireNow: true }, true);
}

/** Next 16: re-renders the current page in the Server Action's response. */
export function refresh(): void {
  record("refresh", { kind: "refresh" }, true);
}

// The data-cache functions run in the rsc environment (cache.react-server.ts).
// Elsewhere (the Pages Router's ssr environment, the browser) there is no data cache.

/** Outside the rsc environment: runs `fn` uncached (warned once). */
export function unstable_cache<A extends unknown[], R>(fn: (...args: A) => Promise<R> | R): (...args: A) => Promise<R> {
  let warned = false;
  return async (...args: A) => {
    if (!warned) {
      warned = true;
      console.warn("[vinext] unstable_cache() is only cached in server components, route handlers and Server Actions (the App Router); here it runs uncached.");
    }
    return fn(...args);
  };
}

export function cacheLife(_profile?: unknown): void {
  throw new Error("[vinext] cacheLife() can only be called inside a 'use cache' function on the server.");
}

export function cacheTag(..._tags: string[]): void {
  throw new Error("[vinext] cacheTag() can only be called inside a 'use cache' function on the server.");
}

export { cacheLife as unstable_cacheLife, cacheTag as unstable_cacheTag };

/** Next's unstable_noStore: the page renders per request (only meaningful while rendering on the server). */
export function unstable_noStore(): void {
  const store = peekRequestStore() as { dynamicUsed?: boolean } | undefined;
  if (store) store.dynamicUsed = true;
}
