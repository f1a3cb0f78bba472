// Reads image dimensions from the first bytes of PNG, JPEG, GIF, WebP, AVIF and
// ICO files, so metadata icons and social images can carry `sizes` /
// `og:image:width` without an image library. Pure: bytes in, sizes out.

export interface ImageSize {
  width: number;
  height: number;
}

const u16be = (b: Uint8Array, i: number) => (b[i]! << 8) | b[i + 1]!;
const u16le = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u24le = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16);
const u32be = (b: Uint8Array, i: number) => ((b[i]! << 24) >>> 0) + ((b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!);
const ascii = (b: Uint8Array, start: number, length: number) => String.fromCharCode(...b.subarray(start, start + length));

function png(b: Uint8Array): ImageSize | undefined {
  if (b.length < 24 || b[0] !== 0x89 || ascii(b, 1, 3) !== "PNG" || ascii(b, 12, 4) !== "IHDR") return undefined;
  return { width: u32be(b, 16), height: u32be(b, 20) };
}

function gif(b: Uint8Array): ImageSize | undefined {
  if (b.length < 10 || !/^GIF8[79]a$/.test(ascii(b, 0, 6))) return undefined;
  return { width: u16le(b, 6), height: u16le(b, 8) };
}

function jpeg(b: Uint8Array): ImageSize | undefined {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) return undefined;
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return undefined;
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i++; // fill byte
      continue;
    }
    // Start-of-frame markers carry the size; DHT (C4), JPG (C8) and DAC (CC) share the range but do not.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: u16be(b, i + 5), width: u16be(b, i + 7) };
    }
    if ((marker >= 0xd0 && marker <= 0xd9) || marker === 0x01) {
      i += 2; // standalone markers have no length
      continue;
    }
    i += 2 + u16be(b, i + 2);
  }
  return undefined;
}

function webp(b: Uint8Array): ImageSize | undefined {
  if (b.length < 30 || ascii(b, 0, 4) !== "RIFF" || ascii(b, 8, 4) !== "WEBP") return undefined;
  const chunk = ascii(b, 12, 4);
  if (chunk === "VP8 ") return { width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
  if (chunk === "VP8L") {
    const [b0, b1, b2, b3] = [b[21]!, b[22]!, b[23]!, b[24]!];
    return { width: 1 + (((b1 & 0x3f) << 8) | b0), height: 1 + (((b3 & 0x0f) << 10) | (b2 << 2) | ((b1 & 0xc0) >> 6)) };
  }
  if (chunk === "VP8X") return { width: 1 + u24le(b, 24), height: 1 + u24le(b, 27) };
  return undefined;
}

function avif(b: Uint8Array): ImageSize | undefined {
  if (b.length < 12 || ascii(b, 4, 4) !== "ftyp") return undefined;
  // The image spatial extents ("ispe") box: 4 bytes version/flags, then width and height.
  for (let i = 8; i + 16 <= b.length; i++) {
    if (b[i] === 0x69 && ascii(b, i, 4) === "ispe") return { width: u32be(b, i + 8), height: u32be(b, i + 12) };
  }
  return undefined;
}

/** Every size an ICO file declares (a byte of 0 means 256). */
export function icoSizes(b: Uint8Array): ImageSize[] {
  if (b.length < 6 || u16le(b, 0) !== 0 || u16le(b, 2) !== 1) return [];
  const count = u16le(b, 4);
  const sizes: ImageSize[] = [];
  for (let n = 0; n < count && 6 + 16 * n + 2 <= b.length; n++) {
    const entry = 6 + 16 * n;
    sizes.push({ width: b[entry] || 256, height: b[entry + 1] || 256 });
  }
  return sizes;
}

/**
 * The pixel size of an image, or undefined when the format is unknown or the
 * header is truncated.
 * @example imageSize(readFileSync("icon.png")) // { width: 32, height: 32 }
 */
export function imageSize(bytes: Uint8Array): ImageSize | undefined {
  return png(bytes) ?? jpeg(bytes) ?? gif(bytes) ?? webp(bytes) ?? avif(bytes) ?? icoSizes(bytes)[0];
}

/**
 * The `sizes` attribute for an icon link: every size an ICO declares, the pixel
 * size of other images, "any" for SVG or when the size cannot be read (as Next's
 * app-icons docs specify).
 */
export function iconSizes(bytes: Uint8Array, ext: string): string {
  if (ext === "svg") return "any";
  const sizes = ext === "ico" ? icoSizes(bytes) : [imageSize(bytes)].filter((s): s is ImageSize => !!s);
  const unique = [...new Set(sizes.map((s) => `${s.width}x${s.height}`))];
  return unique.length > 0 ? unique.join(" ") : "any";
}
