// next/image srcset/sizes/src for the configured widths, and the props around them.
// Expected values are Next's (test/integration/next-image-new/app-dir/test/index.test.ts
// "should preload priority images", "should load the images"; static.test.ts
// "should use width prop to adjust both width and height", blur placeholder markup).
import { describe, expect, it } from "vitest";
import { IMAGE_DEFAULTS, type ImageConfig } from "../../src/runtime/image/config";
import { closestQuality, defaultImageUrl } from "../../src/runtime/image/default-loader";
import { getImgProps } from "../../src/runtime/image/img-props";
import { candidateWidths, imageSources } from "../../src/runtime/image/srcset";

const config: ImageConfig = IMAGE_DEFAULTS;
const loader = (i: { src: string; width: number; quality?: number }) => defaultImageUrl(config, i);
const url = (src: string, w: number, q = 75) => `/_next/image?url=${encodeURIComponent(src)}&w=${w}&q=${q}`;

describe("candidateWidths", () => {
  it.each<[string, number | undefined, string | undefined, number[], "x" | "w"]>([
    ["fixed 400: 1x→640, 2x→828", 400, undefined, [640, 828], "x"],
    ["fixed 100: 1x→128, 2x→256", 100, undefined, [128, 256], "x"],
    ["fixed 32: exact sizes", 32, undefined, [32, 64], "x"],
    ["fixed 2000: 2x past the largest → one width", 2000, undefined, [2048, 3840], "x"],
    ["fixed 4000: both clamp to the largest", 4000, undefined, [3840], "x"],
    ["no width (fill): every device size", undefined, undefined, [640, 750, 828, 1080, 1200, 1920, 2048, 3840], "w"],
    ["sizes 100vw: from the first device size", 1200, "100vw", [640, 750, 828, 1080, 1200, 1920, 2048, 3840], "w"],
    ["sizes 50vw: from 320", undefined, "(max-width: 768px) 100vw, 50vw", [384, 640, 750, 828, 1080, 1200, 1920, 2048, 3840], "w"],
    ["sizes 10vw: from 64", undefined, "10vw", [64, 96, 128, 256, 384, 640, 750, 828, 1080, 1200, 1920, 2048, 3840], "w"],
    ["sizes without vw: every width", undefined, "300px", [32, 48, 64, 96, 128, 256, 384, 640, 750, 828, 1080, 1200, 1920, 2048, 3840], "w"],
  ])("%s", (_name, width, sizes, widths, descriptor) => {
    expect(candidateWidths(config, width, sizes)).toEqual({ widths, descriptor });
  });

  it("follows configured deviceSizes/imageSizes (unsorted input)", () => {
    const custom = { deviceSizes: [1000, 500], imageSizes: [100, 50] };
    expect(candidateWidths(custom, 60, undefined)).toEqual({ widths: [100, 500], descriptor: "x" });
    expect(candidateWidths(custom, undefined, undefined)).toEqual({ widths: [500, 1000], descriptor: "w" });
    expect(candidateWidths(custom, undefined, "20vw")).toEqual({ widths: [100, 500, 1000], descriptor: "w" });
  });
});

describe("imageSources", () => {
  const base = { config, quality: undefined, unoptimized: false, loader };
  it("fixed image: 1x/2x srcset, src at the largest, no sizes", () => {
    expect(imageSources({ ...base, src: "/test.webp", width: 400, sizes: undefined })).toEqual({
      srcSet: `${url("/test.webp", 640)} 1x, ${url("/test.webp", 828)} 2x`,
      src: url("/test.webp", 828),
      sizes: undefined,
    });
  });
  it("sizes: width descriptors and the sizes kept", () => {
    const out = imageSources({ ...base, src: "/wide.png", width: 1200, sizes: "100vw" });
    expect(out.srcSet).toBe([640, 750, 828, 1080, 1200, 1920, 2048, 3840].map((w) => `${url("/wide.png", w)} ${w}w`).join(", "));
    expect(out.sizes).toBe("100vw");
    expect(out.src).toBe(url("/wide.png", 3840));
  });
  it("fill without sizes gets sizes=100vw", () => {
    expect(imageSources({ ...base, src: "/a.png", width: undefined, sizes: undefined }).sizes).toBe("100vw");
  });
  it("unoptimized keeps the plain src", () => {
    expect(imageSources({ ...base, src: "/a.png", width: 10, sizes: undefined, unoptimized: true })).toEqual({ src: "/a.png", srcSet: undefined, sizes: undefined });
  });
});

describe("default loader", () => {
  it("encodes the url and snaps q to an allowed quality", () => {
    expect(defaultImageUrl(config, { src: "/a b.png?x=1", width: 640 })).toBe("/_next/image?url=%2Fa%20b.png%3Fx%3D1&w=640&q=75");
    expect(defaultImageUrl({ path: "/docs/_next/image", qualities: [50, 90] }, { src: "/a.png", width: 64, quality: 80 })).toBe("/docs/_next/image?url=%2Fa.png&w=64&q=90");
    expect(closestQuality([25, 50, 75], 60)).toBe(50);
  });
});

describe("getImgProps", () => {
  const props = (p: Parameters<typeof getImgProps>[0]) => getImgProps(p, { config }).props;
  it("lazy by default, eager and not lazy with priority", () => {
    expect(props({ src: "/a.png", alt: "", width: 10, height: 10 }).loading).toBe("lazy");
    expect(props({ src: "/a.png", alt: "", width: 10, height: 10, priority: true }).loading).toBeUndefined();
    expect(props({ src: "/a.png", alt: "", width: 10, height: 10, loading: "eager" }).loading).toBe("eager");
  });
  it("a static import fills in width/height, scales a given width, and paints the blur", () => {
    const pic = { src: "/assets/pic-abc.jpg", width: 600, height: 350, blurDataURL: "data:image/jpeg;base64,AAA", blurWidth: 8, blurHeight: 5 };
    expect(props({ src: pic, alt: "" })).toMatchObject({ width: 600, height: 350 });
    expect(props({ src: pic, alt: "", width: 400 })).toMatchObject({ width: 400, height: 233 });
    expect(props({ src: pic, alt: "", height: 175 })).toMatchObject({ width: 300, height: 175 });
    const style = props({ src: pic, alt: "", placeholder: "blur" }).style;
    expect(style).toMatchObject({ color: "transparent", backgroundSize: "cover", backgroundPosition: "50% 50%", backgroundRepeat: "no-repeat" });
    expect(style.backgroundImage).toBe(
      `url("data:image/svg+xml;charset=utf-8,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 320 200'%3E%3Cfilter id='b' color-interpolation-filters='sRGB'%3E%3CfeGaussianBlur stdDeviation='20'/%3E%3CfeColorMatrix values='1 0 0 0 0 0 1 0 0 0 0 0 1 0 0 0 0 0 100 -1' result='s'/%3E%3CfeFlood x='0' y='0' width='100%25' height='100%25'/%3E%3CfeComposite operator='out' in='s'/%3E%3CfeComposite in2='SourceGraphic'/%3E%3CfeGaussianBlur stdDeviation='20'/%3E%3C/filter%3E%3Cimage width='100%25' height='100%25' x='0' y='0' preserveAspectRatio='none' style='filter: url(%23b);' href='data:image/jpeg;base64,AAA'/%3E%3C/svg%3E")`,
    );
  });
  it("fill: absolutely positioned, sizes 100vw", () => {
    const p = props({ src: "/a.png", alt: "", fill: true });
    expect(p.style).toMatchObject({ position: "absolute", height: "100%", width: "100%", left: 0, top: 0, right: 0, bottom: 0 });
    expect(p.sizes).toBe("100vw");
    expect(p.width).toBeUndefined();
  });
  it("SVG, data: and unoptimized skip the optimiser; a custom loader prop is used", () => {
    expect(props({ src: "/logo.svg", alt: "", width: 10, height: 10 })).toMatchObject({ src: "/logo.svg", srcSet: undefined });
    expect(props({ src: "data:image/png;base64,AA", alt: "", width: 1, height: 1 })).toMatchObject({ src: "data:image/png;base64,AA", loading: undefined });
    expect(props({ src: "/a.png", alt: "", width: 10, height: 10, unoptimized: true }).src).toBe("/a.png");
    const custom = props({ src: "/a.png", alt: "", width: 100, height: 10, quality: 50, loader: ({ src, width, quality }) => `https://cdn.test${src}?w=${width}&q=${quality}` });
    expect(custom.srcSet).toBe("https://cdn.test/a.png?w=128&q=50 1x, https://cdn.test/a.png?w=256&q=50 2x");
  });
  it("images.unoptimized turns every image plain; images.loader custom without a loader fails", () => {
    expect(getImgProps({ src: "/a.png", alt: "", width: 1, height: 1 }, { config: { ...config, unoptimized: true } }).props.srcSet).toBeUndefined();
    expect(() => getImgProps({ src: "/a.png", alt: "", width: 1, height: 1 }, { config: { ...config, loader: "custom" } })).toThrow(/\[vinext\].*loader/);
  });
});
