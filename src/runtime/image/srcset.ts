// Which widths an image is offered in and the `srcset`/`sizes`/`src` built from
// them, following next/image (docs "sizes" and "deviceSizes"; Next's
// test/integration/next-image-new/app-dir "should preload priority images"):
//  - no `sizes`, a fixed width: the smallest configured widths covering 1x and 2x ("640 1x, 828 2x"),
//  - no `sizes`, no width (fill): every device size, `sizes="100vw"`,
//  - `sizes` with vw values: every width at least the first device size times the smallest vw share,
//  - `sizes` without vw: every width.
import { allSizes, type ImageConfig } from "./config";

export type SizedConfig = Pick<ImageConfig, "deviceSizes" | "imageSizes">;

export interface LoaderInput {
  src: string;
  width: number;
  quality?: number;
}

export interface Candidates {
  widths: number[];
  /** "x": density descriptors (1x, 2x); "w": width descriptors. */
  descriptor: "x" | "w";
}

/** The smallest vw percentage in a `sizes` value, or undefined when it names none. */
export function smallestViewportShare(sizes: string): number | undefined {
  const shares = [...sizes.matchAll(/(?:^|\s)(1?\d?\d)vw/g)].map((m) => Number(m[1]));
  return shares.length ? Math.min(...shares) : undefined;
}

export function candidateWidths(config: SizedConfig, width: number | undefined, sizes: string | undefined): Candidates {
  const every = allSizes(config);
  const devices = [...config.deviceSizes].sort((a, b) => a - b);
  if (sizes) {
    const share = smallestViewportShare(sizes);
    if (share === undefined) return { widths: every, descriptor: "w" };
    const floor = devices[0]! * (share / 100);
    return { widths: every.filter((w) => w >= floor), descriptor: "w" };
  }
  if (width === undefined) return { widths: devices, descriptor: "w" };
  // 1x and 2x only: past 2x the eye sees no difference and the bytes grow.
  const fit = (target: number) => every.find((w) => w >= target) ?? every[every.length - 1]!;
  return { widths: [...new Set([fit(width), fit(width * 2)])], descriptor: "x" };
}

export interface ImgSources {
  src: string;
  srcSet: string | undefined;
  sizes: string | undefined;
}

/** `src`, `srcSet` and `sizes` for an image; `unoptimized` keeps the plain src. */
export function imageSources(options: {
  config: SizedConfig;
  src: string;
  width: number | undefined;
  quality: number | undefined;
  sizes: string | undefined;
  unoptimized: boolean;
  loader: (input: LoaderInput) => string;
}): ImgSources {
  const { config, src, width, quality, sizes, unoptimized, loader } = options;
  if (unoptimized) return { src, srcSet: undefined, sizes: undefined };
  const { widths, descriptor } = candidateWidths(config, width, sizes);
  const srcSet = widths.map((w, i) => `${loader({ src, width: w, quality })} ${descriptor === "w" ? w : i + 1}${descriptor}`).join(", ");
  return {
    src: loader({ src, width: widths[widths.length - 1]!, quality }),
    srcSet,
    sizes: sizes || (descriptor === "w" ? "100vw" : undefined),
  };
}
