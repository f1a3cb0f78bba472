// The rest of next/server: NextURL fields, userAgent, connection, URLPattern, ImageResponse.
import { ImageResponse, NextURL, URLPattern, connection, userAgent, type NextRequest } from "next/server";

function attempt(fn: () => unknown): string {
  try {
    fn();
    return "ok";
  } catch (error) {
    return (error as Error).message;
  }
}

export async function GET(request: NextRequest) {
  await connection();
  const { nextUrl } = request;
  const copy = nextUrl.clone();
  copy.pathname = "/elsewhere";
  const ua = userAgent(request);
  const pattern = attempt(() => new URLPattern({ pathname: "/api/:name" }));
  return Response.json({
    nextUrl: {
      pathname: nextUrl.pathname,
      search: nextUrl.search,
      q: nextUrl.searchParams.get("q"),
      origin: nextUrl.origin,
      basePath: nextUrl.basePath,
      json: JSON.parse(JSON.stringify({ url: nextUrl })).url,
      isNextURL: nextUrl instanceof NextURL,
    },
    cloneIsIndependent: copy.pathname === "/elsewhere" && nextUrl.pathname === "/api/server-apis",
    ua: { isBot: ua.isBot, browser: ua.browser.name, major: ua.browser.major, os: ua.os.name, device: ua.device.type ?? null },
    urlPattern: pattern === "ok" ? "available" : pattern,
    urlPatternGlobal: typeof (globalThis as { URLPattern?: unknown }).URLPattern === "function",
    // next/og's ImageResponse; an unsupported output format fails loudly where it is built.
    imageResponse: attempt(() => new ImageResponse(null as never, { format: "webp" })),
  });
}
