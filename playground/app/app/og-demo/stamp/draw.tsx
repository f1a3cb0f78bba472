// Draws when and how often this module ran: the same bytes on every request
// prove the image was drawn once, at build time.
import { ImageResponse } from "next/og";

let runs = 0;

export function stamp(label: string, size: { width: number; height: number }): ImageResponse {
  runs += 1;
  return new ImageResponse(
    <div style={{ width: "100%", height: "100%", display: "flex", background: "white", color: "black", fontSize: 14 }}>{`${label} ${Date.now()} #${runs}`}</div>,
    size,
  );
}
