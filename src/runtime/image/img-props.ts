// The <img> attributes next/image renders, shared by <Image> (client and SSR) and
// getImageProps() (server components too). Behaviour follows Next's docs
// (app/api-reference/components/image) and test/integration/next-image-new:
// lazy by default, `priority` makes it eager and preloaded, static imports fill in
// width/height/blurDataURL, SVG and data:/blob: sources skip the optimiser.
import type { CSSProperties, ImgHTMLAttributes } from "react";
import { blurSvg } from "./blur-svg";
import type { ImageConfig } from "./config";
import { defaultImageUrl } from "./default-loader";
import { imageSources, type LoaderInput } from "./srcset";

export interface StaticImageData {
  src: string;
  width: number;
  height: number;
  blurDataURL?: string;
  blurWidth?: number;
  blurHeight?: number;
}

export type ImageLoader = (input: LoaderInput) => string;
export type PlaceholderValue = "blur" | "empty" | `data:image/${string}`;

export interface ImageProps extends Omit<ImgHTMLAttributes<HTMLImageElement>, "src" | "srcSet" | "width" | "height" | "loading" | "placeholder"> {
  src: string | StaticImageData | { default: StaticImageData };
  alt: string;
  width?: number | `${number}`;
  height?: number | `${number}`;
  fill?: boolean;
  loader?: ImageLoader;
  quality?: number | `${number}`;
  /** Eager, with a preload link in <head> (deprecated in Next 16 for `preload`). */
  priority?: boolean;
  /** A preload link in <head>. */
  preload?: boolean;
  loading?: "lazy" | "eager";
  placeholder?: PlaceholderValue;
  blurDataURL?: string;
  unoptimized?: boolean;
  overrideSrc?: string;
  onLoadingComplete?: (img: HTMLImageElement) => void;
  /** next/legacy/image props, accepted and mapped as Next does. */
  layout?: string;
  objectFit?: CSSProperties["objectFit"];
  objectPosition?: string;
  lazyBoundary?: string;
  lazyRoot?: string;
}

export interface ImgProps extends Omit<ImgHTMLAttributes<HTMLImageElement>, "width" | "height" | "src" | "loading"> {
  src: string;
  width: number | undefined;
  height: number | undefined;
  loading: "lazy" | "eager" | undefined;
  style: CSSProperties;
  srcSet: string | undefined;
  sizes: string | undefined;
}

export interface ImgMeta {
  unoptimized: boolean;
  /** A preload link belongs in <head>. */
  preload: boolean;
  placeholder: PlaceholderValue;
  fill: boolean;
}

export interface ImgState {
  config: ImageConfig;
  /** The loader of images.loaderFile, or undefined for vinext's optimiser. */
  configLoader?: ImageLoader;
  /** After load the placeholder is dropped; the alt text shows only on error. */
  blurComplete?: boolean;
  showAltText?: boolean;
}

function toInt(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "number") return Number.isFinite(value) ? value : NaN;
  if (typeof value === "string" && /^[0-9]+$/.test(value)) return Number.parseInt(value, 10);
  return NaN;
}

function staticData(src: ImageProps["src"]): StaticImageData | undefined {
  if (!src || typeof src !== "object") return undefined;
  const data = "default" in src ? src.default : src;
  if (!data?.src || !data.width || !data.height) {
    throw new Error(`[vinext] An object passed as next/image "src" must come from a static image import ({ src, width, height }); got ${JSON.stringify(data)}.`);
  }
  return data;
}

function devChecks(src: string, fill: boolean, width: number | undefined, height: number | undefined, props: ImageProps, blurDataURL: string | undefined): void {
  const fail = (message: string) => {
    throw new Error(`[vinext] Image with src "${src}" ${message}`);
  };
  if (fill && (props.width !== undefined || props.height !== undefined)) fail('has both "fill" and "width"/"height": use one or the other.');
  if (!fill && src && !src.startsWith("data:") && !src.startsWith("blob:")) {
    if (width === undefined || height === undefined) fail('is missing the required "width" and "height" properties (or use "fill", or a static import).');
    if (Number.isNaN(width) || Number.isNaN(height)) fail(`has an invalid "width" or "height": expected a number of pixels, got ${JSON.stringify(props.width)} x ${JSON.stringify(props.height)}.`);
  }
  if (props.loading !== undefined && props.loading !== "lazy" && props.loading !== "eager") fail(`has an invalid "loading" value ${JSON.stringify(props.loading)} (use "lazy" or "eager").`);
  if (props.priority && props.loading === "lazy") fail('has both "priority" and loading="lazy": use one.');
  if (props.placeholder === "blur" && !blurDataURL) fail('has placeholder="blur" but no "blurDataURL": add one, or import the image statically (png, jpg, webp, avif).');
}

export function getImgProps(input: ImageProps, state: ImgState): { props: ImgProps; meta: ImgMeta } {
  const { src: srcInput, sizes: sizesInput, unoptimized: unoptimizedInput = false, priority = false, preload = false, loading, className, quality, width, height, fill: fillInput = false, style: styleInput, overrideSrc, onLoadingComplete: _onLoadingComplete, placeholder = "empty", blurDataURL: blurInput, fetchPriority, decoding = "async", layout, objectFit, objectPosition, lazyBoundary: _lazyBoundary, lazyRoot: _lazyRoot, loader: loaderProp, ...rest } = input;
  delete (rest as { srcSet?: unknown }).srcSet;
  const { config } = state;
  let fill = fillInput;
  let sizes = sizesInput;
  let style = styleInput;
  if (layout) {
    if (layout === "fill") fill = true;
    if (layout === "intrinsic") style = { ...style, maxWidth: "100%", height: "auto" };
    if (layout === "responsive") style = { ...style, width: "100%", height: "auto" };
    if ((layout === "responsive" || layout === "fill") && !sizes) sizes = "100vw";
  }
  let widthInt = toInt(width);
  let heightInt = toInt(height);
  let blurDataURL = blurInput;
  let blurWidth: number | undefined;
  let blurHeight: number | undefined;
  const data = staticData(srcInput);
  if (data) {
    blurWidth = data.blurWidth;
    blurHeight = data.blurHeight;
    blurDataURL ||= data.blurDataURL;
    if (!fill) {
      if (!widthInt && !heightInt) {
        widthInt = data.width;
        heightInt = data.height;
      } else if (widthInt && !heightInt) heightInt = Math.round(data.height * (widthInt / data.width));
      else if (!widthInt && heightInt) widthInt = Math.round(data.width * (heightInt / data.height));
    }
  }
  const src = data ? data.src : (srcInput as string);
  let unoptimized = unoptimizedInput || config.unoptimized;
  let lazy = !priority && (loading === "lazy" || loading === undefined);
  if (!src || src.startsWith("data:") || src.startsWith("blob:")) {
    unoptimized = true;
    lazy = false;
  }
  const loader = loaderProp ?? state.configLoader;
  // SVG can carry scripts: the default loader serves it as-is unless dangerouslyAllowSVG.
  if (!loader && !config.dangerouslyAllowSVG && src.split("?", 1)[0]!.endsWith(".svg")) unoptimized = true;
  if (!loader && config.loader === "custom") {
    throw new Error(`[vinext] Image with src "${src}" has no "loader": next.config images.loader is "custom", so pass a loader prop or set images.loaderFile.`);
  }
  if (import.meta.env.DEV) devChecks(src, fill, widthInt, heightInt, input, blurDataURL);

  const imgStyle: CSSProperties = Object.assign(
    fill ? { position: "absolute", height: "100%", width: "100%", left: 0, top: 0, right: 0, bottom: 0, objectFit, objectPosition } : {},
    state.showAltText ? {} : { color: "transparent" },
    style,
  );
  const background =
    state.blurComplete || placeholder === "empty"
      ? undefined
      : placeholder === "blur"
        ? `url("data:image/svg+xml;charset=utf-8,${blurSvg({ width: widthInt, height: heightInt, blurWidth, blurHeight, blurDataURL: blurDataURL ?? "", objectFit: imgStyle.objectFit })}")`
        : `url("${placeholder}")`;
  const placeholderStyle: CSSProperties = background
    ? { backgroundSize: imgStyle.objectFit || "cover", backgroundPosition: (imgStyle.objectPosition as string) || "50% 50%", backgroundRepeat: "no-repeat", backgroundImage: background }
    : {};
  const sources = imageSources({
    config,
    src,
    width: widthInt,
    quality: toInt(quality),
    sizes,
    unoptimized,
    loader: loader ?? ((input) => defaultImageUrl(config, input)),
  });
  const props: ImgProps = {
    ...rest,
    loading: lazy ? "lazy" : loading,
    fetchPriority,
    width: widthInt,
    height: heightInt,
    decoding,
    className,
    style: { ...imgStyle, ...placeholderStyle },
    sizes: sources.sizes,
    srcSet: sources.srcSet,
    // Last on purpose: React sets attributes in order and Safari starts fetching at `src`.
    src: overrideSrc || sources.src,
  };
  return { props, meta: { unoptimized, preload: priority || preload, placeholder, fill } };
}
