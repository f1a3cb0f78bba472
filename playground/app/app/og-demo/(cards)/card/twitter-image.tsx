import { ImageResponse } from "next/og";

// Under a route group: served at a suffixed name (Next: "should generate unique path for image routes under group routes").
export const size = { width: 600, height: 314 };

export default function CardImage() {
  return new ImageResponse(<div style={{ width: "100%", height: "100%", display: "flex", background: "gold", fontSize: 48 }}>Card</div>, size);
}
