// Storage keys: every entry key carries the build id (a new deploy never serves
// the previous build's pages) and the host; tag keys carry the build id only, so a
// revalidation reaches every host. Logical keys (paths, fetch URLs, arguments)
// become one flat, driver-safe segment: a readable prefix plus a SHA-256 digest,
// so long keys stay short and `?`, `:` or `/` never reach the driver.

const SAFE = /[^A-Za-z0-9._-]+/g;
const READABLE_LENGTH = 60;

async function digest(text: string): Promise<string> {
  const bytes = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
  let hex = "";
  for (const byte of bytes.subarray(0, 12)) hex += byte.toString(16).padStart(2, "0");
  return hex;
}

/** Recent segments: the same paths and tags come back on every request, a digest each time would be waste. */
const recent = new Map<string, string>();
const MAX_RECENT = 5000;

/** One driver-safe key segment for any string. */
export async function flatKey(logical: string): Promise<string> {
  const known = recent.get(logical);
  if (known) return known;
  const readable = logical.replace(SAFE, "_").replace(/^_+|_+$/g, "").slice(0, READABLE_LENGTH) || "root";
  const key = `${readable}.${await digest(logical)}`;
  if (recent.size >= MAX_RECENT) recent.delete(recent.keys().next().value!);
  recent.set(logical, key);
  return key;
}

export function safeSegment(value: string): string {
  return value.replace(SAFE, "_").slice(0, READABLE_LENGTH) || "_";
}

export interface KeyScope {
  buildId: string;
  host: string;
}

export async function entryKey(scope: KeyScope, logical: string): Promise<string> {
  return `${safeSegment(scope.buildId)}:${safeSegment(scope.host)}:entries:${await flatKey(logical)}`;
}

export async function tagKey(scope: KeyScope, tag: string): Promise<string> {
  return `${safeSegment(scope.buildId)}:tags:${await flatKey(tag)}`;
}
