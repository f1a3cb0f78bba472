// next/image: the <Image> component (a client component, image-component.tsx) and
// getImageProps(), which server components may call too.
// https://nextjs.org/docs/app/api-reference/components/image
import { imageConfig } from "virtual:vinext/image-config";
import configLoader from "virtual:vinext/image-loader";
import { getImgProps, type ImageProps, type ImgProps } from "../runtime/image/img-props";

export { default } from "./image-component";
export type { ImageLoader, ImageProps, StaticImageData, PlaceholderValue } from "../runtime/image/img-props";
export type { LoaderInput as ImageLoaderProps } from "../runtime/image/srcset";

/** The <img> props <Image> would render, for <picture>, CSS backgrounds or custom markup. */
export function getImageProps(props: ImageProps): { props: ImgProps } {
  const { props: img } = getImgProps(props, { config: imageConfig, configLoader });
  for (const key of Object.keys(img) as (keyof ImgProps)[]) if (img[key] === undefined) delete img[key];
  return { props: img };
}
