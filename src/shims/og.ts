// next/og: ImageResponse (JSX → PNG). The renderer lives in runtime/og.
// https://nextjs.org/docs/app/api-reference/functions/image-response
export { ImageResponse, type ImageResponseOptions, type ImageResponseFont } from "../runtime/og/image-response";
