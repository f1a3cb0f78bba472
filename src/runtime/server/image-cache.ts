// Optimised images kept in the storage layer (the `isr` mount through the cache
// handler, src/storage), so a resize happens once per source, width, quality and
// negotiated format until the image's max-age runs out; after that the stale copy is
// still served (for up to a day) while one background request makes a new one.
// Answers carry `X-Nextjs-Cache: HIT | STALE | MISS` as Next's optimiser does
// (test/integration/image-optimizer "should use cached image file when parameters are
// the same", "should return stale … and revalidate in the background").
import type { CacheHandler } from "../../storage";

export interface OptimizedImage {
  body: Uint8Array;
  /** The response headers (content type, cache control, etag, ...). */
  headers: Record<string, string>;
  /** Seconds the result stays fresh; 0 is never stored. */
  maxAge: number;
}

const MAX_STORED_BYTES = 8 * 1024 * 1024;
/** How long past its max-age a stored image may still be served while it is remade. */
const STALE_WINDOW = 86_400;

export function imageCacheKey(parts: { source: string; width: number; quality: number; format: string | undefined }): string {
  return `image:${parts.format ?? "source"}:${parts.width}:${parts.quality}:${parts.source}`;
}

export async function readCachedImage(cache: CacheHandler, key: string): Promise<{ image: OptimizedImage; state: "fresh" | "stale" } | undefined> {
  const hit = await cache.get<{ body: Uint8Array; headers: Record<string, string>; maxAge: number }>(key);
  if (!hit) return undefined;
  const { body, headers, maxAge } = hit.value;
  if (!(body instanceof Uint8Array) || !headers || typeof headers !== "object") return undefined;
  return { image: { body, headers, maxAge }, state: hit.state };
}

export async function storeImage(cache: CacheHandler, key: string, image: OptimizedImage): Promise<void> {
  if (image.maxAge <= 0 || image.body.byteLength > MAX_STORED_BYTES) return;
  await cache.set(key, { body: image.body, headers: image.headers, maxAge: image.maxAge }, { revalidate: image.maxAge, expire: image.maxAge + STALE_WINDOW });
}
