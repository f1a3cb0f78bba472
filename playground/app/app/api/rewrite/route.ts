// NextResponse.rewrite() returned from a route handler is passed through as is
// (the x-middleware-rewrite header only means something to middleware).
import { NextResponse, type NextRequest } from "next/server";

export function GET(request: NextRequest) {
  return NextResponse.rewrite(new URL("/about", request.url));
}
