// The default loader: URLs of vinext's optimiser endpoint (`/_next/image?url=&w=&q=`),
// as Next builds them (docs "loader"; test/integration/next-image-new "should load the images":
// `/_next/image?url=%2Ftest.jpg&w=828&q=75`). The quality snaps to the closest allowed one
// so the URL is never refused for its `q`.
import type { ImageConfig } from "./config";
import type { LoaderInput } from "./srcset";

export function closestQuality(qualities: readonly number[], wanted: number): number {
  if (qualities.length === 0) return wanted;
  return qualities.reduce((best, q) => (Math.abs(q - wanted) < Math.abs(best - wanted) ? q : best));
}

export function defaultImageUrl(config: Pick<ImageConfig, "path" | "qualities">, { src, width, quality }: LoaderInput): string {
  const q = closestQuality(config.qualities, quality ?? 75);
  return `${config.path}?url=${encodeURIComponent(src)}&w=${width}&q=${q}`;
}
