// `/_next/image` on Workers: resizing through the Cloudflare Images binding when the
// app configures one named `IMAGES` (wrangler `images = { binding = "IMAGES" }`);
// without it the original bytes are served and a one-time `[vinext]` notice says why.
type ResizeOptions = { width: number; quality: number; type: "image/avif" | "image/webp" | "image/png" | "image/jpeg" };

interface ImagesBinding {
  input(stream: ReadableStream<Uint8Array>): {
    transform(options: { width: number; fit?: string }): {
      output(options: { format: string; quality: number }): Promise<{ response(): Response }>;
    };
  };
}

let warned = false;

function binding(): ImagesBinding | undefined {
  return (globalThis as { __env__?: { IMAGES?: ImagesBinding } }).__env__?.IMAGES;
}

export async function resizeImage(bytes: Uint8Array, { width, quality, type }: ResizeOptions): Promise<Uint8Array | undefined> {
  const images = binding();
  if (!images) {
    if (!warned) {
      warned = true;
      console.warn('[vinext] /_next/image: no Cloudflare Images binding named "IMAGES", so images are served at their original size. Add `"images": { "binding": "IMAGES" }` to wrangler.json to resize them.');
    }
    return undefined;
  }
  const stream = new Response(bytes as Uint8Array<ArrayBuffer>).body!;
  // "scale-down" never enlarges, like sharp's withoutEnlargement on Node.
  const result = await images.input(stream).transform({ width, fit: "scale-down" }).output({ format: type, quality });
  return new Uint8Array(await result.response().arrayBuffer());
}
