// force-static with a dynamic segment: not prerendered (no generateStaticParams
// yet), answered per request but still without search, headers or cookies.
import { cookies, headers } from "next/headers";
import { NextResponse, type NextRequest } from "next/server";

export const dynamic = "force-static";

export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  return NextResponse.json({
    slug: (await params).slug,
    href: request.nextUrl.href,
    search: request.nextUrl.search,
    query: request.nextUrl.searchParams.get("query"),
    url: request.url,
    accept: request.headers.get("accept"),
    headersApi: (await headers()).get("accept"),
    cookie: (await cookies()).get("session")?.value ?? null,
  });
}
