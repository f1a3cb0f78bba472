// The storage layer's public surface (DESIGN.md §2 Storage).
export type { CacheHandler, CacheHit, CacheSetOptions, CacheState, CacheValue, RevalidateTagOptions } from "./types";
export { createCacheHandler, type CacheHandlerOptions, type StorageLike } from "./handler";
export { IMPLICIT_TAG_PREFIX, implicitPageTags, pathTag } from "./tags";
