"use client";
// next/image's <Image>: an <img> with srcset/sizes from the configured widths, lazy
// by default, a blur placeholder until it loads, and for `priority` a preload link
// in <head> — React's preload() in the App Router, next/head in the Pages Router
// (test/integration/next-image-new "should preload priority images").
import { forwardRef, useCallback, useContext, useState, type ForwardedRef, type SyntheticEvent } from "react";
import { preload as preloadResource } from "react-dom";
import { imageConfig } from "virtual:vinext/image-config";
import configLoader from "virtual:vinext/image-loader";
import { getImgProps, type ImageProps, type ImgMeta, type ImgProps } from "../runtime/image/img-props";
import { HeadManagerContext } from "../runtime/pages/contexts";
import Head from "./head";

function PreloadLink({ props, pages }: { props: ImgProps; pages: boolean }) {
  const options = {
    as: "image" as const,
    imageSrcSet: props.srcSet,
    imageSizes: props.sizes,
    crossOrigin: props.crossOrigin,
    referrerPolicy: props.referrerPolicy,
    fetchPriority: props.fetchPriority,
  };
  if (!pages) {
    // React hoists it into <head> during the server render and dedupes it.
    preloadResource(props.src, options);
    return null;
  }
  return (
    <Head>
      <link
        key={`__nimg-${props.src}${props.srcSet ?? ""}${props.sizes ?? ""}`}
        rel="preload"
        href={props.srcSet ? undefined : props.src}
        {...options}
      />
    </Head>
  );
}

function assignRef(ref: ForwardedRef<HTMLImageElement>, img: HTMLImageElement | null) {
  if (typeof ref === "function") ref(img);
  else if (ref) ref.current = img;
}

function Image(input: ImageProps, ref: ForwardedRef<HTMLImageElement>) {
  const pages = useContext(HeadManagerContext) !== null;
  const [blurComplete, setBlurComplete] = useState(false);
  const [showAltText, setShowAltText] = useState(false);
  const { onLoad, onError, onLoadingComplete } = input;
  const { props, meta } = getImgProps(input, { config: imageConfig, configLoader, blurComplete, showAltText });
  const loaded = useCallback(
    (img: HTMLImageElement, metaNow: ImgMeta) => {
      if (metaNow.placeholder !== "empty") setBlurComplete(true);
      onLoadingComplete?.(img);
    },
    [onLoadingComplete],
  );
  // The image may finish loading before hydration attaches onLoad.
  const imgRef = useCallback(
    (img: HTMLImageElement | null) => {
      assignRef(ref, img);
      if (img?.complete && img.naturalWidth > 0) loaded(img, meta);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [ref, loaded, props.src, meta.placeholder],
  );
  const { onLoad: _l, onError: _e, ...imgProps } = props;
  return (
    <>
      <img
        {...imgProps}
        data-nimg={meta.fill ? "fill" : "1"}
        ref={imgRef}
        onLoad={(event: SyntheticEvent<HTMLImageElement, Event>) => {
          loaded(event.currentTarget, meta);
          onLoad?.(event);
        }}
        onError={(event: SyntheticEvent<HTMLImageElement, Event>) => {
          setShowAltText(true);
          if (meta.placeholder !== "empty") setBlurComplete(true);
          onError?.(event);
        }}
      />
      {meta.preload ? <PreloadLink props={props} pages={pages} /> : null}
    </>
  );
}

export default forwardRef(Image);
