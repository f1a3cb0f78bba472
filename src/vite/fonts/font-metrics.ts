// Reads the few font tables the size-adjusted fallback needs (head, hhea, OS/2,
// cmap, hmtx) from a TrueType/OpenType, WOFF or WOFF2 file, at build time.
// Table layouts: the OpenType spec; container formats: W3C WOFF 1.0 and WOFF2.
import { brotliDecompressSync, inflateSync } from "node:zlib";

export interface FontMetrics {
  unitsPerEm: number;
  ascent: number;
  /** Negative, as fonts store it. */
  descent: number;
  lineGap: number;
  /** Average advance width of English text (letter-frequency weighted), in font units. */
  xWidthAvg: number;
  /** From the OS/2 PANOSE serif style: whether a serif face (Times New Roman) is the closer fallback. */
  serif: boolean;
}

type Tables = Map<string, Buffer>;

// WOFF2 "known table tags", indexed by the 6-bit tag index of a table directory entry.
const WOFF2_TAGS =
  "cmap head hhea hmtx maxp name OS/2 post cvt  fpgm glyf loca prep CFF  VORG EBDT EBLC gasp hdmx kern LTSH PCLT VDMX vhea vmtx BASE GDEF GPOS GSUB EBSC JSTF MATH CBDT CBLC COLR CPAL SVG  sbix acnt avar bdat bloc bsln cvar fdsc feat fmtx fvar gvar hsty just lcar mort morx opbd prop trak Zapf Silf Glat Gloc Feat Sill"
    .match(/.{4}\s?/g)!
    .map((t) => t.slice(0, 4));

function sfntTables(buf: Buffer): Tables {
  const tables: Tables = new Map();
  const count = buf.readUInt16BE(4);
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    const offset = buf.readUInt32BE(at + 8);
    tables.set(buf.toString("latin1", at, at + 4), buf.subarray(offset, offset + buf.readUInt32BE(at + 12)));
  }
  return tables;
}

function woffTables(buf: Buffer): Tables {
  const tables: Tables = new Map();
  const count = buf.readUInt16BE(12);
  for (let i = 0; i < count; i++) {
    const at = 44 + i * 20;
    const offset = buf.readUInt32BE(at + 4);
    const compLength = buf.readUInt32BE(at + 8);
    const origLength = buf.readUInt32BE(at + 12);
    const data = buf.subarray(offset, offset + compLength);
    tables.set(buf.toString("latin1", at, at + 4), compLength < origLength ? inflateSync(data) : data);
  }
  return tables;
}

function woff2Tables(buf: Buffer): Tables {
  if (buf.readUInt32BE(4) === 0x74746366) throw new Error("WOFF2 font collections are not supported");
  let at = 48;
  const base128 = () => {
    let value = 0;
    for (let i = 0; i < 5; i++) {
      const byte = buf[at++]!;
      value = value * 128 + (byte & 0x7f);
      if (!(byte & 0x80)) return value;
    }
    throw new Error("bad UIntBase128");
  };
  const entries: { tag: string; length: number; transformed: boolean }[] = [];
  for (let i = buf.readUInt16BE(12); i > 0; i--) {
    const flags = buf[at++]!;
    let tag = WOFF2_TAGS[flags & 0x3f];
    if ((flags & 0x3f) === 63) {
      tag = buf.toString("latin1", at, at + 4);
      at += 4;
    }
    const version = flags >> 6;
    const origLength = base128();
    // glyf/loca are transformed by version 0; every other table by a non-zero version.
    const transformed = tag === "glyf" || tag === "loca" ? version === 0 : version !== 0;
    entries.push({ tag: tag!, length: transformed ? base128() : origLength, transformed });
  }
  const data = brotliDecompressSync(buf.subarray(at, at + buf.readUInt32BE(20)));
  const tables: Tables = new Map();
  let offset = 0;
  for (const entry of entries) {
    // A transformed table's bytes are not in sfnt layout; leave it out (hmtx then falls back to OS/2).
    if (!entry.transformed) tables.set(entry.tag, data.subarray(offset, offset + entry.length));
    offset += entry.length;
  }
  return tables;
}

function readTables(buf: Buffer): Tables {
  const signature = buf.toString("latin1", 0, 4);
  if (signature === "wOF2") return woff2Tables(buf);
  if (signature === "wOFF") return woffTables(buf);
  if (signature === "OTTO" || signature === "true" || buf.readUInt32BE(0) === 0x00010000) return sfntTables(buf);
  throw new Error("not a TrueType, OpenType, WOFF or WOFF2 font");
}

/** Maps characters to glyph ids through the cmap's Unicode BMP subtable (format 4). */
function glyphIds(cmap: Buffer, chars: string): Map<string, number> {
  const found = new Map<string, number>();
  let table: Buffer | undefined;
  for (let i = 0; i < cmap.readUInt16BE(2); i++) {
    const at = 4 + i * 8;
    const platform = cmap.readUInt16BE(at);
    const encoding = cmap.readUInt16BE(at + 2);
    const sub = cmap.subarray(cmap.readUInt32BE(at + 4));
    if (sub.readUInt16BE(0) === 4 && (platform === 0 || (platform === 3 && encoding === 1))) table = sub;
  }
  if (!table) return found;
  const segX2 = table.readUInt16BE(6);
  const ends = 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const rangeOffsets = deltas + segX2;
  for (const ch of chars) {
    const code = ch.charCodeAt(0);
    for (let s = 0; s < segX2; s += 2) {
      if (table.readUInt16BE(ends + s) < code) continue;
      const start = table.readUInt16BE(starts + s);
      if (start > code) break;
      const rangeOffset = table.readUInt16BE(rangeOffsets + s);
      const delta = table.readUInt16BE(deltas + s);
      let glyph = 0;
      if (rangeOffset === 0) glyph = (code + delta) & 0xffff;
      else {
        const raw = table.readUInt16BE(rangeOffsets + s + rangeOffset + (code - start) * 2);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph) found.set(ch, glyph);
      break;
    }
  }
  return found;
}

// English letter frequencies (per 100 letters) plus the space between words: the
// text a fallback font has to match in width.
const FREQUENCIES: Record<string, number> = {
  " ": 18, e: 12.7, t: 9.06, a: 8.17, o: 7.51, i: 6.97, n: 6.75, s: 6.33, h: 6.09, r: 5.99, d: 4.25, l: 4.03, c: 2.78,
  u: 2.76, m: 2.41, w: 2.36, f: 2.23, g: 2.02, y: 1.97, p: 1.93, b: 1.29, v: 0.98, k: 0.77, j: 0.15, x: 0.15, q: 0.1, z: 0.07,
};

function averageWidth(tables: Tables, fallback: number): number {
  const cmap = tables.get("cmap");
  const hmtx = tables.get("hmtx");
  const hhea = tables.get("hhea")!;
  if (!cmap || !hmtx) return fallback;
  const metricsCount = hhea.readUInt16BE(34);
  const advance = (glyph: number) => hmtx.readUInt16BE(Math.min(glyph, metricsCount - 1) * 4);
  const ids = glyphIds(cmap, Object.keys(FREQUENCIES).join(""));
  let total = 0;
  let weight = 0;
  for (const [ch, freq] of Object.entries(FREQUENCIES)) {
    const glyph = ids.get(ch);
    if (glyph === undefined) continue;
    total += advance(glyph) * freq;
    weight += freq;
  }
  // A font without most Latin letters (an icon or CJK subset): OS/2's own average is closer.
  return weight > 80 ? total / weight : fallback;
}

/**
 * Reads the vertical metrics and average width of a font file.
 * @example readFontMetrics(readFileSync("inter.woff2")).unitsPerEm // 2048
 */
export function readFontMetrics(file: Buffer): FontMetrics {
  const tables = readTables(file);
  const head = tables.get("head");
  const hhea = tables.get("hhea");
  if (!head || !hhea) throw new Error("the font has no head/hhea table");
  const os2 = tables.get("OS/2");
  const useTypo = os2 && os2.length >= 78 && (os2.readUInt16BE(62) & 0x80) !== 0;
  return {
    unitsPerEm: head.readUInt16BE(18),
    ascent: useTypo ? os2.readInt16BE(68) : hhea.readInt16BE(4),
    descent: useTypo ? os2.readInt16BE(70) : hhea.readInt16BE(6),
    lineGap: useTypo ? os2.readInt16BE(72) : hhea.readInt16BE(8),
    xWidthAvg: averageWidth(tables, os2 ? os2.readInt16BE(2) : head.readUInt16BE(18) / 2),
    // PANOSE (OS/2 offset 32): family kind 2 = Latin text; serif styles 11-13 are the sans ones.
    serif: !!os2 && os2[32] === 2 && os2[33]! >= 2 && os2[33]! <= 10,
  };
}
