// What the host lends `/_next/image` (attached to the request by the Nitro side,
// src/nitro/runtime/image-host.ts, like the static server in host-request.ts):
// reading its static files, resizing (sharp on Node, the Images binding on
// Workers) and DNS lookups for the private-address check (Node only).

export const IMAGE_HOST = Symbol.for("vinext.image-host");

export type OutputType = "image/avif" | "image/webp" | "image/png" | "image/jpeg";

export interface ResizeOptions {
  width: number;
  quality: number;
  type: OutputType;
}

export interface ImageHost {
  kind: "node" | "dev" | "cloudflare" | "platform";
  /** A file the host serves statically (public/, hashed build assets), or undefined. */
  readAsset?: (pathname: string, request: Request) => Promise<Response | undefined>;
  /** The resized image, or undefined when this host cannot resize (the original is served then). */
  resize?: (bytes: Uint8Array, options: ResizeOptions, request: Request) => Promise<Uint8Array | undefined>;
  /** The addresses a host name resolves to, where the host can look them up. */
  lookup?: (hostname: string) => Promise<string[]>;
}

export function imageHostOf(request: Request): ImageHost | undefined {
  const host = (request as Request & { [IMAGE_HOST]?: ImageHost })[IMAGE_HOST];
  return host && typeof host === "object" ? host : undefined;
}
