// Generated at build time (Next: app/api/hello.json and app/dynamic with
// force-static): the request carries no search, headers or cookies.
import { cookies, headers } from "next/headers";
import { NextResponse, type NextRequest } from "next/server";

export const dynamic = "force-static";

export async function GET(request: NextRequest) {
  return NextResponse.json({
    generatedAt: Date.now(),
    random: Math.random(),
    pathname: request.nextUrl.pathname,
    search: request.nextUrl.search,
    accept: request.headers.get("accept"),
    headersApi: (await headers()).get("accept"),
    cookie: (await cookies()).get("session")?.value ?? null,
  });
}
