// Echoes what reached the route after the pipeline: URL, headers, cookies.
import type { NextRequest } from "next/server";

export const dynamic = "force-dynamic";

export function GET(request: NextRequest) {
  return Response.json({
    url: request.nextUrl.pathname + request.nextUrl.search,
    headers: Object.fromEntries(request.headers),
    cookies: Object.fromEntries(request.cookies.getAll().map((c) => [c.name, c.value])),
  });
}

export const POST = async (request: NextRequest) => Response.json({ body: await request.text() });
