// What an image is (sniffed from its bytes, never trusted from a header alone)
// and what to answer with: AVIF/WebP when `Accept` names it and images.formats
// allows it, else the source's own format (Next: getSupportedMimeType, detectContentType).
import type { OutputType } from "./image-host";

export type ImageType = OutputType | "image/gif" | "image/svg+xml" | "image/x-icon" | "image/bmp" | "image/tiff";

const ascii = (b: Uint8Array, at: number, text: string) => [...text].every((ch, i) => b[at + i] === ch.charCodeAt(0));

export function sniffImageType(b: Uint8Array): ImageType | undefined {
  if (b[0] === 0x89 && ascii(b, 1, "PNG")) return "image/png";
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return "image/jpeg";
  if (ascii(b, 0, "GIF8")) return "image/gif";
  if (ascii(b, 0, "RIFF") && ascii(b, 8, "WEBP")) return "image/webp";
  if (ascii(b, 4, "ftypavif") || ascii(b, 4, "ftypavis")) return "image/avif";
  if (b[0] === 0 && b[1] === 0 && b[2] === 1 && b[3] === 0) return "image/x-icon";
  if (ascii(b, 0, "BM")) return "image/bmp";
  if (ascii(b, 0, "II*\0") || ascii(b, 0, "MM\0*")) return "image/tiff";
  const head = new TextDecoder().decode(b.subarray(0, 1024)).trimStart().toLowerCase();
  if (head.startsWith("<svg") || (head.startsWith("<?xml") && head.includes("<svg")) || (head.startsWith("<!doctype svg"))) return "image/svg+xml";
  return undefined;
}

/** Animated PNG (acTL before the image data) and animated WebP (VP8X animation flag). */
export function isAnimated(b: Uint8Array, type: ImageType): boolean {
  if (type === "image/gif") return true;
  if (type === "image/webp") return ascii(b, 12, "VP8X") && (b[20]! & 0x02) !== 0;
  if (type === "image/png") {
    const text = new TextDecoder("latin1").decode(b.subarray(0, Math.min(b.length, 4096)));
    const actl = text.indexOf("acTL");
    return actl !== -1 && (text.indexOf("IDAT") === -1 || actl < text.indexOf("IDAT"));
  }
  return false;
}

/** Served byte for byte: vector, animated and formats sharp should not re-encode (Next's BYPASS_TYPES). */
export function passesThrough(b: Uint8Array, type: ImageType): boolean {
  return type === "image/svg+xml" || type === "image/x-icon" || type === "image/bmp" || type === "image/tiff" || isAnimated(b, type);
}

/** The allowed format the client prefers (by q, then order in Accept); only literal mentions count, as in Next. */
export function negotiateFormat(accept: string | null, formats: readonly string[]): OutputType | undefined {
  if (!accept) return undefined;
  let best: { type: string; q: number; index: number } | undefined;
  accept.split(",").forEach((part, index) => {
    const [type, ...params] = part.trim().toLowerCase().split(";");
    if (!type || !formats.includes(type)) return;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!(q > 0)) return;
    if (!best || q > best.q) best = { type, q, index };
  });
  return best?.type as OutputType | undefined;
}

/** The format to answer in: the negotiated one, else the source's (WebP/AVIF fall back to JPEG, as Next). */
export function outputType(negotiated: OutputType | undefined, source: ImageType): OutputType {
  if (negotiated) return negotiated;
  if (source === "image/png" || source === "image/jpeg") return source;
  return "image/jpeg";
}

export const EXTENSIONS: Record<ImageType, string> = {
  "image/avif": "avif",
  "image/webp": "webp",
  "image/png": "png",
  "image/jpeg": "jpeg",
  "image/gif": "gif",
  "image/svg+xml": "svg",
  "image/x-icon": "ico",
  "image/bmp": "bmp",
  "image/tiff": "tiff",
};
