// Pages Router on-demand ISR: `res.revalidate(path)` in an API route expires the
// page at `path` in the ISR store, so the next request renders it afresh.
// Next: test/e2e/prerender ("on-demand revalidate"), docs pages/guides/incremental-static-regeneration.
import { pathTag } from "../../storage";
import { cacheHandlerFor } from "../server/isr-storage";

export async function revalidatePagesPath(request: Request, path: string): Promise<void> {
  if (typeof path !== "string" || !path.startsWith("/")) {
    throw new Error(`[vinext] res.revalidate() expects a path starting with "/" (got ${JSON.stringify(path)}).`);
  }
  // In dev every request renders, so there is nothing to expire.
  await cacheHandlerFor(request)?.revalidateTag(pathTag(path), { expire: 0 });
}
