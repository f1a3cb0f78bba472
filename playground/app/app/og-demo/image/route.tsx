// ImageResponse from a route handler (Next: test/e2e/og-api, app/og/route.js).
// `?font=bold` passes its own font through the `fonts` option (Noto Sans Bold, OFL,
// from @fontsource/noto-sans), imported as a data URL with Vite's ?inline.
import { ImageResponse } from "next/og";
import boldFont from "./noto-sans-bold.woff?inline";

function fontData(dataUrl: string): ArrayBuffer {
  const binary = atob(dataUrl.slice(dataUrl.indexOf(",") + 1));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0)).buffer;
}

export async function GET(request: Request) {
  const search = new URL(request.url).searchParams;
  const title = search.get("title") ?? "vinext";
  const fonts = search.get("font") === "bold" ? [{ name: "Noto Sans", data: fontData(boldFont), weight: 700 as const, style: "normal" as const }] : undefined;
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", alignItems: "center", justifyContent: "center", background: "#0f172a", color: "white", fontSize: 64 }}>
        Hello {title}
      </div>
    ),
    { width: 800, height: 400, headers: { "x-og": "route" }, fonts },
  );
}
