// Renders a React element to PNG bytes: satori lays it out as SVG, resvg
// rasterises it. Loaded lazily by ImageResponse, so the wasm reaches only the
// server chunks of routes that draw images. The engines start once per isolate.
import { initWasm, Resvg } from "@resvg/resvg-wasm";
import satori, { init as initSatori, type Font } from "satori/standalone";
import { defaultFont, emojiBaseUrl, loadLayoutWasm, loadResvgWasm } from "virtual:vinext/og-assets";
import type { ReactElement } from "react";
import { loadEmoji, type EmojiType } from "./emoji";

export interface RenderImageOptions {
  width: number;
  height: number;
  fonts?: Font[];
  debug?: boolean;
  emoji: EmojiType;
}

let ready: Promise<void> | undefined;
let fallbackFont: Font | undefined;

function decodeBase64(text: string): ArrayBuffer {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}

function start(): Promise<void> {
  return (ready ??= Promise.all([
    loadLayoutWasm().then(initSatori),
    loadResvgWasm().then(initWasm).catch((error: Error) => {
      // A dev reload re-runs this module while resvg's stays initialised.
      if (!/Already initialized/.test(error.message)) throw error;
    }),
  ]).then(
    () => {},
    (error) => {
      ready = undefined;
      throw error;
    },
  ));
}

/** Noto Sans (latin, 400), used when the caller passes no `fonts`, as Next does. */
function defaultFonts(): Font[] {
  fallbackFont ??= { name: "Noto Sans", data: decodeBase64(defaultFont), weight: 400, style: "normal" };
  return [fallbackFont];
}

/** The PNG bytes for `element` at the given size. */
export async function renderImage(element: ReactElement, options: RenderImageOptions): Promise<Uint8Array> {
  await start();
  const fonts = options.fonts?.length ? options.fonts : defaultFonts();
  const svg = await satori(element, {
    width: options.width,
    height: options.height,
    fonts,
    debug: options.debug === true,
    // Emoji graphemes are drawn as images; other scripts use the fonts given (Next would fetch Google fonts for them).
    // No asset (an empty font list) leaves the grapheme to the fonts.
    loadAdditionalAsset: async (code: string, segment: string) => (code === "emoji" ? ((await loadEmoji(options.emoji, segment, emojiBaseUrl)) ?? []) : []),
  });
  const resvg = new Resvg(svg, { fitTo: { mode: "width", value: options.width } });
  try {
    const image = resvg.render();
    try {
      return image.asPng();
    } finally {
      image.free();
    }
  } finally {
    resvg.free();
  }
}
