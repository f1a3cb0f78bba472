// What a request asked to revalidate (revalidatePath/revalidateTag/updateTag/
// refresh from next/cache). Kept per request store, outside it, so the caching
// layer can read the list later; today the only effect is that a Server Action
// which revalidated answers with the re-rendered page (Next's
// `skipFlight: !pathWasRevalidated`; test/e2e/app-dir/actions app-action-refresh).

export type Revalidation =
  | { kind: "path"; path: string; type?: "page" | "layout" }
  | { kind: "tag"; tag: string; profile?: unknown }
  | { kind: "refresh" };

const records = new WeakMap<object, Revalidation[]>();

/** Records a revalidation for the request whose store is `store`. */
export function recordRevalidation(store: object, revalidation: Revalidation): void {
  const list = records.get(store);
  if (list) list.push(revalidation);
  else records.set(store, [revalidation]);
}

/** Everything the request revalidated, in call order. */
export function revalidationsOf(store: object): readonly Revalidation[] {
  return records.get(store) ?? [];
}
