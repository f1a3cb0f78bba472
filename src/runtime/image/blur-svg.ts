// The blurred placeholder next/image paints behind an image until it loads: the
// tiny blurDataURL drawn into an SVG with a Gaussian blur, as an inline data URL.
// The markup follows Next's output (test/integration/next-image-new/app-dir/test/static.test.ts
// "should add a blur placeholder a statically imported jpg"): the view box is the tiny image
// scaled by 40 (or the image's own size), so the blur radius of 20 reads the same everywhere.

export interface BlurSvgInput {
  width?: number;
  height?: number;
  blurWidth?: number;
  blurHeight?: number;
  blurDataURL: string;
  objectFit?: string;
}

const BLUR_RADIUS = 20;

export function blurSvg({ width, height, blurWidth, blurHeight, blurDataURL, objectFit }: BlurSvgInput): string {
  const w = blurWidth ? blurWidth * 40 : width;
  const h = blurHeight ? blurHeight * 40 : height;
  const viewBox = w && h ? `viewBox='0 0 ${w} ${h}'` : "";
  const aspect = viewBox ? "none" : objectFit === "contain" ? "xMidYMid" : objectFit === "cover" ? "xMidYMid slice" : "none";
  const blur = `%3CfeGaussianBlur stdDeviation='${BLUR_RADIUS}'/%3E`;
  return (
    `%3Csvg xmlns='http://www.w3.org/2000/svg' ${viewBox}%3E` +
    `%3Cfilter id='b' color-interpolation-filters='sRGB'%3E${blur}` +
    `%3CfeColorMatrix values='1 0 0 0 0 0 1 0 0 0 0 0 1 0 0 0 0 0 100 -1' result='s'/%3E` +
    `%3CfeFlood x='0' y='0' width='100%25' height='100%25'/%3E%3CfeComposite operator='out' in='s'/%3E` +
    `%3CfeComposite in2='SourceGraphic'/%3E${blur}%3C/filter%3E` +
    `%3Cimage width='100%25' height='100%25' x='0' y='0' preserveAspectRatio='${aspect}' style='filter: url(%23b);' href='${blurDataURL}'/%3E%3C/svg%3E`
  );
}
