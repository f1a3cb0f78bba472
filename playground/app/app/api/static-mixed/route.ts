// force-static GET next to a POST: prerendered on node-server; on Workers the
// asset layer would answer POST with 405 before the Worker, so the build leaves
// it to run per request there (see src/nitro/prerender.ts).
import { NextResponse, type NextRequest } from "next/server";

export const dynamic = "force-static";

export function GET(request: NextRequest) {
  return NextResponse.json({ random: Math.random(), search: request.nextUrl.search, accept: request.headers.get("accept") });
}

export async function POST(request: NextRequest) {
  return new Response(`post is never static: ${await request.text()}`);
}
