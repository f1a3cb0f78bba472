// Entries are stored as JSON text so every unstorage driver (fs, KV, Redis,
// Netlify Blobs, Vercel's runtime cache) keeps them intact; Uint8Array fields
// travel as base64 under a marker key.

const BINARY = "$vinext:bin";

function toBase64(bytes: Uint8Array): string {
  let text = "";
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) text += String.fromCharCode(...bytes.subarray(i, i + step));
  return btoa(text);
}

function fromBase64(text: string): Uint8Array {
  const raw = atob(text);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

export function encodeEntry(entry: unknown): string {
  return JSON.stringify(entry, (_key, value) => (value instanceof Uint8Array ? { [BINARY]: toBase64(value) } : value));
}

/** Throws on text that is not an encoded entry (the caller discards it). */
export function decodeEntry(text: unknown): unknown {
  // Some drivers hand back parsed JSON instead of the text that was stored.
  const source = typeof text === "string" ? text : JSON.stringify(text);
  return JSON.parse(source, (_key, value) => {
    if (value && typeof value === "object" && typeof (value as Record<string, unknown>)[BINARY] === "string") {
      return fromBase64((value as Record<string, string>)[BINARY]!);
    }
    return value;
  });
}
