// Seeds: build-time pre-rendered pages (both routers) are not served as plain
// files but kept under /__vinext-isr/ and written into the ISR store on first
// use, so revalidatePath / revalidateTag / `revalidate` can replace them later.
// The prerenderer (src/nitro/prerender-pages.ts) names the files; the handler
// reads them back through the reader the Nitro side attaches to the request.
import { decodeEntry, encodeEntry } from "../../storage/codec";
import { ISR_SEED_READER } from "./host-request";

export const SEED_CONTENT_TYPE = "application/x-vinext-isr-seed";
const SEED_DIR = "__vinext-isr";

/** What the prerenderer wrote for one URL (a page's HTML, its Flight or its Pages data JSON). */
export interface Seed {
  v: 1;
  body: Uint8Array;
  status: number;
  contentType: string;
  revalidate: number | false;
  /** Cache tags the page's data carried at build time (so revalidateTag reaches the seeded page). */
  tags?: string[];
}

function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** The public-folder file (no leading slash) holding the seed of the URL path `route`. */
export function seedFileFor(route: string): string {
  let name = "";
  for (const byte of new TextEncoder().encode(decodePath(route))) {
    const char = String.fromCharCode(byte);
    name += /[A-Za-z0-9-]/.test(char) ? char : `_${byte.toString(16).padStart(2, "0")}`;
  }
  return `${SEED_DIR}/${name}.seed`;
}

/** The prerender answer for a page: its seed, which Nitro writes to seedFileFor(path). */
export function seedResponse(body: Uint8Array, response: Response, revalidate: number | false, tags: readonly string[] = []): Response {
  const contentType = response.headers.get("content-type") ?? "text/html; charset=utf-8";
  const seed: Seed = { v: 1, body, status: response.status, contentType, revalidate, ...(tags.length ? { tags: [...tags] } : {}) };
  return new Response(encodeEntry(seed), { headers: { "content-type": SEED_CONTENT_TYPE } });
}

type SeedReader = (path: string, request: Request) => Promise<Uint8Array | undefined>;

function isSeed(value: unknown): value is Seed {
  const seed = value as Seed;
  return !!seed && seed.v === 1 && seed.body instanceof Uint8Array && typeof seed.status === "number" && typeof seed.contentType === "string";
}

/** The seed for URL path `route`, when the build pre-rendered it. */
export async function readSeed(request: Request, route: string): Promise<Seed | undefined> {
  const reader = (request as Request & { [ISR_SEED_READER]?: SeedReader })[ISR_SEED_READER];
  if (typeof reader !== "function") return undefined;
  try {
    const bytes = await reader(`/${seedFileFor(route)}`, request);
    if (!bytes) return undefined;
    const seed = decodeEntry(new TextDecoder().decode(bytes));
    return isSeed(seed) ? seed : undefined;
  } catch (error) {
    console.warn(`[vinext] could not read the pre-rendered copy of ${route}:`, error instanceof Error ? error.message : error);
    return undefined;
  }
}
