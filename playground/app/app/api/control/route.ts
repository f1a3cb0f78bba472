// Control flow and failures (Next: app/hooks/not-found, app/hooks/redirect,
// app/status/500, app/status/500/next, app/no-response): ?do=<case>.
import { forbidden, notFound, permanentRedirect, redirect } from "next/navigation";
import { cookies } from "next/headers";
import { NextResponse, type NextRequest } from "next/server";

export async function GET(request: NextRequest) {
  const action = request.nextUrl.searchParams.get("do");
  if (action === "not-found") notFound();
  if (action === "forbidden") forbidden();
  if (action === "redirect") redirect("https://nextjs.org/");
  if (action === "redirect-with-cookie") {
    (await cookies()).set("before-redirect", "yes");
    redirect("/about");
  }
  if (action === "permanent") permanentRedirect("/about");
  if (action === "throw") throw new Error("route handler secret failure");
  if (action === "next") return NextResponse.next();
  if (action === "none") return undefined as unknown as Response;
  if (action === "object") return { not: "a response" } as unknown as Response;
  return new Response("ok");
}
