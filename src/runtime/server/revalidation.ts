// What a request asked to revalidate (revalidatePath/revalidateTag/updateTag/
// refresh from next/cache, Pages `res.revalidate`). Each one is written to the
// ISR store's tag records at once (storage/tags.ts); the request waits for those
// writes before it answers (settleRevalidations), so the next request sees them.
// A Server Action which revalidated also answers with the re-rendered page
// (Next's `skipFlight: !pathWasRevalidated`; test/e2e/app-dir/actions app-action-refresh).
import { pathTag, type RevalidateTagOptions } from "../../storage";
import { dataCacheFor } from "./data-cache-store";

export type Revalidation =
  | { kind: "path"; path: string; type?: "page" | "layout" }
  | { kind: "tag"; tag: string; profile?: unknown; expireNow?: boolean }
  | { kind: "refresh" };

interface Records {
  list: Revalidation[];
  pending: Promise<void>[];
}

const records = new WeakMap<object, Records>();

/**
 * How long entries tagged by `revalidateTag(tag, profile)` may still be served:
 * no profile (the older one-argument form), updateTag and `{ expire: 0 }` expire
 * at once; a named profile ("max", ...) or `{ revalidate }` marks them stale, so
 * the next request is served the old page while it is regenerated (Next 16).
 */
export function tagOptions(revalidation: Extract<Revalidation, { kind: "tag" }>): RevalidateTagOptions {
  if (revalidation.expireNow || revalidation.profile === undefined) return { expire: 0 };
  const profile = revalidation.profile as { expire?: unknown } | string;
  if (typeof profile === "object" && profile && typeof profile.expire === "number") return { expire: profile.expire };
  return {};
}

function apply(request: Request, revalidation: Revalidation): Promise<void> | undefined {
  if (revalidation.kind === "refresh") return undefined;
  // The ISR store in production; the in-memory data cache in dev and while pre-rendering.
  const cache = dataCacheFor(request);
  if (revalidation.kind === "path") return cache.revalidateTag(pathTag(revalidation.path, revalidation.type), { expire: 0 });
  return cache.revalidateTag(revalidation.tag, tagOptions(revalidation));
}

/** Records a revalidation for the request whose store is `store`, and starts writing it. */
export function recordRevalidation(store: { request: Request }, revalidation: Revalidation): void {
  let entry = records.get(store);
  if (!entry) records.set(store, (entry = { list: [], pending: [] }));
  entry.list.push(revalidation);
  const write = apply(store.request, revalidation);
  if (write) entry.pending.push(write);
}

/** Everything the request revalidated, in call order. */
export function revalidationsOf(store: object): readonly Revalidation[] {
  return records.get(store)?.list ?? [];
}

/** Waits until every revalidation of the request is in the store (failures are logged by the handler). */
export async function settleRevalidations(store: object): Promise<void> {
  const entry = records.get(store);
  if (!entry || entry.pending.length === 0) return;
  const pending = entry.pending.splice(0);
  await Promise.all(pending);
}
