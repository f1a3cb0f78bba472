import { connection } from "next/server";
import { ImageResponse } from "next/og";

export const size = { width: 32, height: 32 };

// satori refuses a <div> with several children and no `display: flex`: the icon URL answers 500.
// connection() keeps it per request: drawn at build time, a broken image fails the build (as in Next).
export default async function BrokenIcon() {
  await connection();
  return new ImageResponse(
    <div style={{ width: "100%", height: "100%" }}>
      <span>a</span>
      <span>b</span>
    </div>,
    size,
  );
}
