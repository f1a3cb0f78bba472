// ImageResponse from a route handler (Next: test/e2e/og-api, app/og/route.js).
import { ImageResponse } from "next/og";

export function GET(request: Request) {
  const title = new URL(request.url).searchParams.get("title") ?? "vinext";
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", alignItems: "center", justifyContent: "center", background: "#0f172a", color: "white", fontSize: 64 }}>
        Hello {title}
      </div>
    ),
    { width: 800, height: 400, headers: { "x-og": "route" } },
  );
}
