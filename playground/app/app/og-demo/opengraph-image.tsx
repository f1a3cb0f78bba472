import { ImageResponse } from "next/og";

export const alt = "vinext OG demo";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

export default function OpenGraphImage() {
  return new ImageResponse(
    <div style={{ width: "100%", height: "100%", display: "flex", alignItems: "center", justifyContent: "center", background: "lavender", fontSize: 96 }}>
      Open Graph
    </div>,
    { ...size },
  );
}
