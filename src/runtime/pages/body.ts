// API route body parsing, as Next's default body parser: JSON, urlencoded and
// text by content type, a size limit (`config.api.bodyParser.sizeLimit`, default
// 1mb → 413 "Body exceeded 1mb limit") and 400 "Invalid JSON" (Next:
// test/integration/api-support "should return error with invalid JSON",
// "should return error exceeded body limit", "should special-case empty JSON body").
import { BodyTooLargeError, readBodyCapped } from "../server/action-body";
import { searchToQuery } from "./query";

export const DEFAULT_SIZE_LIMIT = "1mb";

const UNITS: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

/** @example parseSizeLimit("1mb") // 1048576; parseSizeLimit(500) // 500 */
export function parseSizeLimit(limit: string | number): number {
  if (typeof limit === "number") return limit;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?\s*$/i.exec(limit);
  if (!match) throw new Error(`[vinext] Invalid bodyParser sizeLimit "${limit}": expected a number of bytes or a string such as "1mb".`);
  return Math.floor(Number(match[1]) * UNITS[(match[2] ?? "b").toLowerCase()]!);
}

export class BodyError extends Error {
  constructor(
    readonly status: 400 | 413,
    message: string,
  ) {
    super(message);
  }
}

/** Reads at most `limit` bytes; more (or a larger Content-Length) is a 413. */
/** The body with a size cap (the same counting reader Server Actions use), as a 413 BodyError past `limit`. */
export async function readBody(request: Request, limit: number, label: string): Promise<Uint8Array> {
  try {
    return await readBodyCapped(request, limit);
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw new BodyError(413, `Body exceeded ${label} limit`);
    throw error;
  }
}

/** Parses a body by its content type: JSON, urlencoded → object, anything else → text. */
export function parseBody(bytes: Uint8Array, contentType: string | null): unknown {
  const type = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  const text = new TextDecoder().decode(bytes);
  if (type === "application/json" || type.endsWith("+json")) {
    if (text.length === 0) return {};
    try {
      return JSON.parse(text);
    } catch {
      throw new BodyError(400, "Invalid JSON");
    }
  }
  if (type === "application/x-www-form-urlencoded") return searchToQuery(new URLSearchParams(text));
  return text;
}
