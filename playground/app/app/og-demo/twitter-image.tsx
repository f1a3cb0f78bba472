import { ImageResponse } from "next/og";

export const alt = "vinext Twitter card";
export const size = { width: 800, height: 418 };

export default function TwitterImage() {
  return new ImageResponse(
    <div style={{ width: "100%", height: "100%", display: "flex", alignItems: "center", justifyContent: "center", background: "#1d9bf0", color: "white", fontSize: 64 }}>
      Twitter
    </div>,
    size,
  );
}
