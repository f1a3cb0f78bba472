// NextResponse.redirect (Next: app/hooks/redirect/response): absolute URLs only, 307 by default.
import { NextResponse, type NextRequest } from "next/server";

export function GET(request: NextRequest) {
  const mode = request.nextUrl.searchParams.get("mode");
  if (mode === "external") return NextResponse.redirect("https://nextjs.org/");
  if (mode === "permanent") return NextResponse.redirect(new URL("/about", request.url), 308);
  if (mode === "relative") return NextResponse.redirect("/about");
  const target = request.nextUrl.clone();
  target.pathname = "/about";
  target.search = "";
  return NextResponse.redirect(target);
}
