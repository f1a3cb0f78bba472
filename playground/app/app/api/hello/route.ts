// Every mutating method plus GET; HEAD and OPTIONS are automatic.
// Mirrors Next's test/e2e/app-dir/app-routes/app/basic/endpoint.
import type { NextRequest } from "next/server";

async function echo(request: NextRequest, { params }: { params: Promise<Record<string, string | string[]>> }) {
  return Response.json(
    {
      method: request.method,
      pathname: request.nextUrl.pathname,
      ping: request.nextUrl.searchParams.get("ping"),
      params: await params,
      isNextRequest: typeof request.nextUrl?.clone === "function" && typeof request.cookies?.get === "function",
    },
    { headers: { "x-handler": "hello" } },
  );
}

export const GET = echo;
export const POST = echo;
export const PUT = echo;
export const PATCH = echo;
export const DELETE = echo;
