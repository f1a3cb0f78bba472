// Emoji in ImageResponse: satori asks for each emoji grapheme it meets
// (loadAdditionalAsset) and draws the SVG image it is given. Like Next's
// ImageResponse (`emoji` option: twemoji by default, blobmoji, noto, openmoji,
// fluent, fluentFlat) the SVGs come from a public CDN at request time, fetched
// once per process and emoji. A failed fetch warns and leaves that emoji out.
// https://nextjs.org/docs/app/api-reference/functions/image-response

export const EMOJI_TYPES = ["twemoji", "blobmoji", "noto", "openmoji", "fluent", "fluentFlat"] as const;
export type EmojiType = (typeof EMOJI_TYPES)[number];

/** Each set's public CDN folder and how it names an emoji's file from its code ("1f44b-1f3fd"). */
const SETS: Record<EmojiType, { cdn: string; file: (code: string) => string }> = {
  twemoji: { cdn: "https://cdn.jsdelivr.net/gh/twitter/twemoji@14.0.2/assets/svg/", file: (code) => `${code}.svg` },
  blobmoji: { cdn: "https://cdn.jsdelivr.net/npm/@svgmoji/blob@2.0.0/svg/", file: (code) => `${code.toUpperCase()}.svg` },
  noto: { cdn: "https://cdn.jsdelivr.net/gh/svgmoji/svgmoji/packages/svgmoji__noto/svg/", file: (code) => `${code.toUpperCase()}.svg` },
  openmoji: { cdn: "https://cdn.jsdelivr.net/npm/@svgmoji/openmoji@2.0.0/svg/", file: (code) => `${code.toUpperCase()}.svg` },
  fluent: { cdn: "https://cdn.jsdelivr.net/gh/shuding/fluentui-emoji-unicode/assets/", file: (code) => `${code}_color.svg` },
  fluentFlat: { cdn: "https://cdn.jsdelivr.net/gh/shuding/fluentui-emoji-unicode/assets/", file: (code) => `${code}_flat.svg` },
};

const ZWJ = 0x200d;
const VARIATION_SELECTOR = 0xfe0f;

/**
 * The lower-case hex code points of an emoji joined by "-", without the
 * emoji variation selector unless the sequence is joined with ZWJ (how the
 * emoji sets name their files).
 * @example emojiCode("👋🏽") // "1f44b-1f3fd"
 */
export function emojiCode(emoji: string): string {
  const points = [...emoji].map((char) => char.codePointAt(0)!);
  const kept = points.includes(ZWJ) ? points : points.filter((point) => point !== VARIATION_SELECTOR);
  return kept.map((point) => point.toString(16)).join("-");
}

/** The URL of an emoji's SVG: under `base` as `<type>/<file>` when set, else on the set's CDN. */
export function emojiUrl(type: EmojiType, emoji: string, base = ""): string {
  const set = SETS[type];
  const file = set.file(emojiCode(emoji));
  return base ? `${base.replace(/\/+$/, "")}/${type}/${file}` : `${set.cdn}${file}`;
}

export function checkEmojiType(value: unknown): EmojiType {
  if (typeof value === "string" && (EMOJI_TYPES as readonly string[]).includes(value)) return value as EmojiType;
  throw new Error(`[vinext] ImageResponse: \`emoji\` must be one of ${EMOJI_TYPES.map((t) => `"${t}"`).join(", ")}, got ${JSON.stringify(value)}.`);
}

function base64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Fetched images by URL, for the life of the process. Only finished images are
 * kept (workerd must not hand one request's pending promise to another); a
 * failure is not kept, so the next image tries again.
 */
const cache = new Map<string, string>();

/** The image (a data URL) for one emoji grapheme, or undefined (with a warning) when it could not be fetched. */
export async function loadEmoji(type: EmojiType, emoji: string, base: string): Promise<string | undefined> {
  const url = emojiUrl(type, emoji, base);
  const cached = cache.get(url);
  if (cached) return cached;
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const image = `data:image/svg+xml;base64,${base64(new Uint8Array(await response.arrayBuffer()))}`;
    cache.set(url, image);
    return image;
  } catch (error) {
    console.warn(
      `[vinext] ImageResponse: could not load the emoji ${emoji} from ${url} (${(error as Error).message}); the image is drawn without it. Check the network, or set VINEXT_EMOJI_URL at build time to a server with the emoji images.`,
    );
    return undefined;
  }
}
