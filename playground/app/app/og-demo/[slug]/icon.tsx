import { ImageResponse } from "next/og";

// Several icons from one file (Next: metadata-dynamic-routes, app/(group)/dynamic/[size]/icon.tsx).
export function generateImageMetadata({ params }: { params: { slug: string } }) {
  return [
    { id: "small", size: { width: 48, height: 48 }, contentType: "image/png", alt: `${params.slug} small` },
    { id: "medium", size: { width: 72, height: 72 }, contentType: "image/png" },
  ];
}

export default async function Icon({ params, id }: { params: Promise<{ slug: string }>; id: Promise<string> }) {
  const [{ slug }, which] = await Promise.all([params, id]);
  const px = which === "small" ? 48 : 72;
  return new ImageResponse(
    <div style={{ width: "100%", height: "100%", display: "flex", background: "navy", color: "white", fontSize: px / 3 }}>{`${slug} ${which}`}</div>,
    { width: px, height: px },
  );
}
