import { ImageResponse } from "next/og";

// No `size` export: the link has no `sizes` (Next: "should inject dynamic metadata properly to head").
export default function AppleIcon() {
  return new ImageResponse(<div style={{ width: "100%", height: "100%", display: "flex", background: "tomato" }} />, { width: 180, height: 180 });
}
