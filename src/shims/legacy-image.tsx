"use client";
// next/legacy/image: the pre-13 <Image> with `layout` ("intrinsic" by default,
// "fixed", "responsive", "fill"), wrapper spans that reserve the box before the
// image loads, objectFit/objectPosition props, and the same srcset/loader rules.
// https://nextjs.org/docs/pages/api-reference/components/image-legacy
import { useContext, useState, type CSSProperties } from "react";
import { preload as preloadResource } from "react-dom";
import { imageConfig } from "virtual:vinext/image-config";
import configLoader from "virtual:vinext/image-loader";
import { defaultImageUrl } from "../runtime/image/default-loader";
import { getImgProps, type ImageProps } from "../runtime/image/img-props";
import { imageSources } from "../runtime/image/srcset";
import { HeadManagerContext } from "../runtime/pages/contexts";
import Head from "./head";

type Layout = "intrinsic" | "fixed" | "responsive" | "fill";
export type LegacyImageProps = Omit<ImageProps, "fill" | "layout"> & { layout?: Layout };

const RESET: CSSProperties = { boxSizing: "border-box", overflow: "hidden", background: "none", opacity: 1, border: 0, margin: 0, padding: 0 };
const IMG_FILL: CSSProperties = {
  position: "absolute", inset: 0, boxSizing: "border-box", padding: 0, border: "none", margin: "auto", display: "block",
  width: 0, height: 0, minWidth: "100%", maxWidth: "100%", minHeight: "100%", maxHeight: "100%",
};

function wrapperStyle(layout: Layout, width: number | undefined, height: number | undefined): CSSProperties {
  if (layout === "fill") return { ...RESET, display: "block", position: "absolute", inset: 0 };
  if (layout === "fixed") return { ...RESET, display: "inline-block", position: "relative", width, height };
  if (layout === "responsive") return { ...RESET, display: "block", position: "relative" };
  return { ...RESET, display: "inline-block", position: "relative", maxWidth: "100%" };
}

export default function LegacyImage({ layout: layoutInput, objectFit, objectPosition, ...input }: LegacyImageProps) {
  const pages = useContext(HeadManagerContext) !== null;
  const [loaded, setLoaded] = useState(false);
  const layout: Layout = layoutInput ?? (input.width === undefined && input.height === undefined && typeof input.src === "string" ? "fill" : "intrinsic");
  const fill = layout === "fill";
  const { props, meta } = getImgProps({ ...input, fill, width: fill ? undefined : input.width, height: fill ? undefined : input.height }, { config: imageConfig, configLoader, blurComplete: loaded });
  // Responsive and fill images are offered in every device width; fixed and intrinsic at 1x/2x.
  const widthDescriptor = layout === "responsive" || fill;
  const loader = input.loader ?? configLoader ?? ((i) => defaultImageUrl(imageConfig, i));
  const baseSrc = typeof input.src === "string" ? input.src : "default" in input.src ? input.src.default.src : input.src.src;
  const sources = meta.unoptimized
    ? { src: props.src, srcSet: undefined, sizes: undefined }
    : imageSources({ config: imageConfig, src: baseSrc, width: widthDescriptor ? undefined : props.width, quality: Number(input.quality) || undefined, sizes: input.sizes ?? (widthDescriptor ? "100vw" : undefined), unoptimized: false, loader });
  const { width, height } = props;
  const sizer =
    layout === "responsive" && width && height ? (
      <span style={{ ...RESET, display: "block", paddingTop: `${(height / width) * 100}%` }} />
    ) : layout === "intrinsic" && width && height ? (
      <span style={{ ...RESET, display: "block", maxWidth: "100%" }}>
        <img alt="" aria-hidden="true" style={{ display: "block", maxWidth: "100%", width: "initial", height: "initial", background: "none", opacity: 1, border: 0, margin: 0, padding: 0 }} src={`data:image/svg+xml,%3csvg%20xmlns=%27http://www.w3.org/2000/svg%27%20version=%271.1%27%20width=%27${width}%27%20height=%27${height}%27/%3e`} />
      </span>
    ) : null;
  const { width: _w, height: _h, style, onLoad, ...img } = props;
  const placeholder = { backgroundSize: style.backgroundSize, backgroundPosition: style.backgroundPosition, backgroundRepeat: style.backgroundRepeat, backgroundImage: style.backgroundImage, filter: style.backgroundImage ? "blur(20px)" : undefined };
  if (meta.preload && !pages) preloadResource(sources.src, { as: "image", imageSrcSet: sources.srcSet, imageSizes: sources.sizes });
  return (
    <span style={wrapperStyle(layout, width, height)}>
      {sizer}
      <img
        {...img}
        {...sources}
        data-nimg={layout}
        style={{ ...IMG_FILL, objectFit, objectPosition, ...placeholder, ...input.style }}
        onLoad={(event) => {
          setLoaded(true);
          onLoad?.(event);
        }}
      />
      {meta.preload && pages ? (
        <Head>
          <link key={`__nimg-${sources.src}${sources.srcSet ?? ""}`} rel="preload" as="image" href={sources.srcSet ? undefined : sources.src} imageSrcSet={sources.srcSet} imageSizes={sources.sizes} />
        </Head>
      ) : null}
    </span>
  );
}
