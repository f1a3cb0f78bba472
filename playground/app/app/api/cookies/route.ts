// Cookies: request.cookies, next/headers cookies() (read and write) and
// NextResponse cookies (Next: app/hooks/cookies, app/hooks/cookies/req).
import { cookies } from "next/headers";
import { NextResponse, type NextRequest } from "next/server";

export async function GET(request: NextRequest) {
  const jar = await cookies();
  return NextResponse.json({
    fromRequest: request.cookies.get("ping")?.value ?? null,
    fromHeaders: jar.get("ping")?.value ?? null,
    has: jar.has("ping"),
    all: request.cookies.getAll().map((cookie) => cookie.name),
  });
}

export async function POST() {
  const jar = await cookies();
  jar.set("from-headers", "a b", { httpOnly: true, path: "/" });
  jar.delete("old");
  const response = NextResponse.json({ ok: true });
  response.cookies.set("from-response", "1", { sameSite: "lax", maxAge: 60 });
  response.cookies.set({ name: "second", value: "2", secure: true });
  return response;
}
