// next/cache in the rsc environment: the revalidation functions of cache.ts
// plus the data cache (unstable_cache, and cacheLife/cacheTag for 'use cache').
export { refresh, revalidatePath, revalidateTag, unstable_noStore, updateTag } from "./cache";
export { unstable_cache } from "../runtime/server/unstable-cache";
export { cacheLife, cacheTag, cacheLife as unstable_cacheLife, cacheTag as unstable_cacheTag } from "../runtime/server/use-cache";
