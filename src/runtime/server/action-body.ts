// Reads a Server Action request body with a size cap. Content-Length is only a
// hint (it may be absent with chunked encoding, or lie): the stream itself is
// counted and nothing past the limit is kept. What is still arriving is read
// and dropped (up to DRAIN_FACTOR × limit) so the client gets a clean 413 rather
// than a reset connection; bodies beyond that are cut off.
// https://nextjs.org/docs/app/api-reference/config/next-config-js/serverActions#bodysizelimit
import { concatBytes } from "../bytes";

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`[vinext] Server Action body exceeded the ${limit} byte limit`);
  }
}

/** How much of an oversized body is read and dropped before the connection is cut. */
export const DRAIN_FACTOR = 8;

/**
 * The whole body as bytes, or a BodyTooLargeError once more than `limit` bytes arrived.
 * @example await readBodyCapped(new Request("http://x", { method: "POST", body: "hi" }), 1024) // Uint8Array(2)
 */
export async function readBodyCapped(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  const reader = request.body?.getReader();
  if (Number.isFinite(declared) && declared > limit) {
    if (reader) await drain(reader, declared <= limit * DRAIN_FACTOR ? limit * DRAIN_FACTOR : 0);
    throw new BodyTooLargeError(limit);
  }
  if (!reader) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await drain(reader, limit * DRAIN_FACTOR - size);
      throw new BodyTooLargeError(limit);
    }
    chunks.push(value);
  }
  return concatBytes(chunks, size);
}

/** Reads and drops up to `budget` more bytes; cancels the stream if it has more. */
async function drain(reader: ReadableStreamDefaultReader<Uint8Array>, budget: number): Promise<void> {
  let left = budget;
  while (left > 0) {
    const { done, value } = await reader.read();
    if (done) return;
    left -= value.byteLength;
  }
  await reader.cancel().catch(() => {});
}

/** Parses a multipart body read by readBodyCapped; throws a TypeError on a malformed one. */
export function parseMultipart(body: Uint8Array<ArrayBuffer>, contentType: string): Promise<FormData> {
  return new Response(body, { headers: { "content-type": contentType } }).formData();
}
