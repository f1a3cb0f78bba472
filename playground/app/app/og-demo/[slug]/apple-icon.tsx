import { ImageResponse } from "next/og";

// Items without an `id` are served at their index (Next: app/(group)/dynamic/[size]/apple-icon.tsx).
export function generateImageMetadata() {
  return [{ size: { width: 60, height: 60 } }, { size: { width: 120, height: 120 } }];
}

export default async function AppleIcon({ id }: { id: Promise<number> }) {
  const px = (await id) === 0 ? 60 : 120;
  return new ImageResponse(<div style={{ width: "100%", height: "100%", display: "flex", background: "teal" }} />, { width: px, height: px });
}
