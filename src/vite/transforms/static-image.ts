// BUILD TIME. `import pic from "./pic.png"` gives next/image's static image data
// `{ src, width, height, blurDataURL, blurWidth, blurHeight }` in every environment
// (Next: test/integration/next-image-new/app-dir/test/static.test.ts). `src` is Vite's
// own hashed asset URL (a `?no-inline` import: never a data: URL, emitted once, and
// plugin-rsc copies server-only images to the client output); the size is read here, and raster
// formats get an 8px blurDataURL encoded with sharp, as Next's image loader does.
// `?url`, `?raw`, `?inline` imports carry a query and stay with Vite.
import { readFile } from "node:fs/promises";
import type { Plugin } from "vite";
import { imageSize } from "../routing/image-size";

const IMAGE_RE = /\.(png|jpe?g|webp|avif|gif|ico|svg)$/i;
/** Next makes blur placeholders for these only (animated and vector images get none). */
const BLUR_FORMATS = new Set(["png", "jpg", "jpeg", "webp", "avif"]);
const BLUR_SIZE = 8;
const BLUR_QUALITY = 70;

export interface StaticImageData {
  width: number;
  height: number;
  blurDataURL?: string;
  blurWidth?: number;
  blurHeight?: number;
}

type Sharp = typeof import("sharp").default;
let sharpModule: Promise<Sharp> | undefined;

let warned = false;

/** sharp is an optional dependency: without it static imports still work, minus the blur placeholder. */
async function loadSharp(file: string): Promise<Sharp | undefined> {
  sharpModule ??= import("sharp").then((m) => ((m as { default?: Sharp }).default ?? m) as Sharp);
  try {
    return await sharpModule;
  } catch (error) {
    if (!warned) {
      warned = true;
      console.warn(`[vinext] ${file}: "sharp" failed to load (${(error as Error).message}), so static image imports get no blurDataURL. Install it for this platform: npm install sharp`);
    }
    return undefined;
  }
}

/** An SVG's size from its width/height attributes, else its viewBox. */
function svgSize(bytes: Buffer): { width: number; height: number } | undefined {
  const tag = /<svg\b[^>]*>/i.exec(bytes.toString("utf8"))?.[0];
  if (!tag) return undefined;
  const attr = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']\\s*([\\d.]+)(?:px)?\\s*["']`, "i").exec(tag)?.[1];
  const width = Number(attr("width"));
  const height = Number(attr("height"));
  if (width > 0 && height > 0) return { width: Math.round(width), height: Math.round(height) };
  const box = /\sviewBox\s*=\s*["']\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*["']/i.exec(tag);
  return box ? { width: Math.round(Number(box[1])), height: Math.round(Number(box[2])) } : undefined;
}

/** Size and blur placeholder of an image file. */
export async function readStaticImage(file: string): Promise<StaticImageData> {
  const bytes = await readFile(file);
  const ext = file.slice(file.lastIndexOf(".") + 1).toLowerCase();
  const size = ext === "svg" ? svgSize(bytes) : imageSize(bytes);
  if (!size) throw new Error(`[vinext] ${file}: cannot read the image's width and height; is it a valid ${ext.toUpperCase()} file?`);
  if (!BLUR_FORMATS.has(ext)) return size;
  const { width, height } = size;
  const blurWidth = width >= height ? BLUR_SIZE : Math.max(Math.round((width / height) * BLUR_SIZE), 1);
  const blurHeight = width >= height ? Math.max(Math.round((height / width) * BLUR_SIZE), 1) : BLUR_SIZE;
  const sharp = await loadSharp(file);
  if (!sharp) return size;
  const format = ext === "jpg" ? "jpeg" : (ext as "png" | "jpeg" | "webp" | "avif");
  const tiny = await sharp(bytes).rotate().resize(blurWidth, blurHeight, { fit: "fill" }).toFormat(format, { quality: BLUR_QUALITY }).toBuffer();
  return { width, height, blurDataURL: `data:image/${format};base64,${tiny.toString("base64")}`, blurWidth, blurHeight };
}

export function staticImagePlugin(): Plugin {
  return {
    name: "vinext:static-image",
    enforce: "pre",
    load: {
      filter: { id: IMAGE_RE },
      async handler(id) {
        if (id.startsWith("\0") || id.includes("?")) return null;
        let data: StaticImageData;
        try {
          data = await readStaticImage(id);
        } catch (error) {
          // A file outside the project (a public/ URL Vite resolved as-is) is left to Vite.
          if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
          this.error(error as Error);
        }
        this.addWatchFile(id);
        // Builds: `?no-inline` (Vite would inline small files as data: URLs). Dev serves files as they are.
        const query = this.environment.mode === "dev" ? "?url" : "?no-inline";
        return `import src from ${JSON.stringify(id + query)};\nexport default { src, ...${JSON.stringify(data)} };\n`;
      },
    },
  };
}
