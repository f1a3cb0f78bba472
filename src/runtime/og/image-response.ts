// ImageResponse (next/og, also exported by next/server): a Response whose body
// is a PNG drawn from JSX. The headers are set at once; the image renders when
// the body is first read, loading the renderer (and its wasm) on first use.
// https://nextjs.org/docs/app/api-reference/functions/image-response
import type { ReactElement } from "react";
import { checkEmojiType, type EmojiType } from "./emoji";
import type { RenderImageOptions } from "./render";

type Weight = 100 | 200 | 300 | 400 | 500 | 600 | 700 | 800 | 900;

export interface ImageResponseFont {
  name: string;
  data: ArrayBuffer | Uint8Array;
  weight?: Weight;
  style?: "normal" | "italic";
  lang?: string;
}

export interface ImageResponseOptions {
  /** Default 1200. */
  width?: number;
  /** Default 630. */
  height?: number;
  fonts?: ImageResponseFont[];
  /** Draws layout boxes, as satori's debug mode. */
  debug?: boolean;
  /** The emoji images drawn for emoji in the text, fetched from a CDN when drawn (default "twemoji"). */
  emoji?: EmojiType;
  /** Only "png" is supported. */
  format?: string;
  status?: number;
  statusText?: string;
  headers?: HeadersInit;
}

const IMMUTABLE = "public, immutable, no-transform, max-age=31536000";

function checkSize(name: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value <= 0 || value > 16384) {
    throw new TypeError(`[vinext] ImageResponse: \`${name}\` must be a whole number of pixels between 1 and 16384, got ${String(value)}.`);
  }
  return value;
}

/** Validates the options up front, so a mistake throws where the response is built. */
function resolveOptions(options: ImageResponseOptions): RenderImageOptions {
  if (options.format !== undefined && options.format !== "png") {
    throw new Error(`[vinext] ImageResponse: format "${options.format}" is not supported; vinext renders PNG only. Remove \`format\` or set it to "png".`);
  }
  return {
    width: checkSize("width", options.width ?? 1200),
    height: checkSize("height", options.height ?? 630),
    fonts: options.fonts as RenderImageOptions["fonts"],
    debug: options.debug,
    emoji: options.emoji === undefined ? "twemoji" : checkEmojiType(options.emoji),
  };
}

/** Renders on the first read (highWaterMark 0), so an unread body (HEAD) never loads the renderer. */
function pngStream(element: ReactElement, options: RenderImageOptions): ReadableStream<Uint8Array> {
  return new ReadableStream(
    {
      async pull(controller) {
        try {
          const { renderImage } = await import("./render");
          controller.enqueue(await renderImage(element, options));
          controller.close();
        } catch (error) {
          console.error("[vinext] ImageResponse failed to render:", error);
          controller.error(error);
        }
      },
    },
    { highWaterMark: 0 },
  );
}

/**
 * A PNG response drawn from JSX with flexbox layout (satori's subset of CSS).
 * @example
 * export function GET() {
 *   return new ImageResponse(<div style={{ display: "flex", fontSize: 64 }}>Hello</div>, { width: 1200, height: 630 });
 * }
 */
export class ImageResponse extends Response {
  constructor(element: ReactElement, options: ImageResponseOptions = {}) {
    const render = resolveOptions(options);
    const headers = new Headers({
      "content-type": "image/png",
      "cache-control": import.meta.env.DEV ? "no-cache, no-store" : IMMUTABLE,
    });
    for (const [key, value] of new Headers(options.headers)) headers.set(key, value);
    super(pngStream(element, render), { status: options.status ?? 200, statusText: options.statusText, headers });
  }
}
