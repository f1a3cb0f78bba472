import { ImageResponse } from "next/og";

// Params reach the image function (Next: metadata-dynamic-routes, "should support params as argument in dynamic routes").
export default async function OpenGraphImage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const size = slug === "small" ? { width: 600, height: 315 } : { width: 1200, height: 630 };
  return new ImageResponse(<div style={{ width: "100%", height: "100%", display: "flex", fontSize: 48 }}>{slug}</div>, size);
}
