// Joining streamed chunks into one buffer (request bodies, upstream images,
// captured renders): one implementation for every reader.

/** The chunks in order, in one Uint8Array of `size` bytes (their summed length). */
export function concatBytes(chunks: readonly Uint8Array[], size = chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0)): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
