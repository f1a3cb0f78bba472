// `/_next/image` on Node (and in dev): resizing with sharp, loaded on first use so
// a missing or broken install costs one `[vinext]` notice (the original is
// served) instead of a crashed server. Only node presets import this file
// (src/nitro/image-host-module.ts), so Workers bundles never see sharp.
type ResizeOptions = { width: number; quality: number; type: "image/avif" | "image/webp" | "image/png" | "image/jpeg" };
type SharpFactory = (input: Uint8Array, options?: Record<string, unknown>) => SharpPipeline;
interface SharpPipeline {
  rotate(): SharpPipeline;
  resize(options: Record<string, unknown>): SharpPipeline;
  avif(options: Record<string, unknown>): SharpPipeline;
  webp(options: Record<string, unknown>): SharpPipeline;
  png(options: Record<string, unknown>): SharpPipeline;
  jpeg(options: Record<string, unknown>): SharpPipeline;
  toBuffer(): Promise<Uint8Array>;
}

let sharp: Promise<SharpFactory | undefined> | undefined;

function loadSharp(): Promise<SharpFactory | undefined> {
  sharp ??= import("sharp").then(
    (mod) => ((mod as { default?: unknown }).default ?? mod) as SharpFactory,
    (error: Error) => {
      console.warn(`[vinext] /_next/image: "sharp" failed to load (${error.message}); images are served unresized. Install it for this platform: npm install sharp`);
      return undefined;
    },
  );
  return sharp;
}

export async function resizeImage(bytes: Uint8Array, { width, quality, type }: ResizeOptions): Promise<Uint8Array | undefined> {
  const create = await loadSharp();
  if (!create) return undefined;
  // Never enlarge: a 400px original asked for at 828 stays 400px wide (as Next).
  let pipeline = create(bytes, { sequentialRead: true, limitInputPixels: 268_402_689 }).rotate().resize({ width, withoutEnlargement: true });
  if (type === "image/avif") pipeline = pipeline.avif({ quality: Math.max(quality - 20, 1), effort: 3 });
  else if (type === "image/webp") pipeline = pipeline.webp({ quality });
  else if (type === "image/png") pipeline = pipeline.png({ quality });
  else pipeline = pipeline.jpeg({ quality, mozjpeg: true });
  return new Uint8Array(await pipeline.toBuffer());
}

/** Every address `hostname` resolves to (for the private-address check before a remote fetch). */
export async function lookupAddresses(hostname: string): Promise<string[]> {
  const dns = process.getBuiltinModule("node:dns") as typeof import("node:dns");
  const records = await dns.promises.lookup(hostname, { all: true, verbatim: true });
  return records.map((record) => record.address);
}
