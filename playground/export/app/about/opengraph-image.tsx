import { ImageResponse } from "next/og";

// generateImageMetadata: each image is written to out/ as about/opengraph-image/<id>.
export function generateImageMetadata() {
  return [
    { id: "wide", size: { width: 120, height: 63 }, contentType: "image/png" },
    { id: "small", size: { width: 60, height: 32 }, contentType: "image/png" },
  ];
}

export default async function Image({ id }: { id: Promise<string> }) {
  const size = (await id) === "wide" ? { width: 120, height: 63 } : { width: 60, height: 32 };
  return new ImageResponse(<div style={{ width: "100%", height: "100%", display: "flex", background: "teal" }} />, size);
}
