// Middleware matchers under Pages i18n (test/presets/pages/i18n.ts; Next:
// test/e2e/middleware-custom-matchers-i18n): "/i18n-mw" is matched below any
// locale, the `locale: false` source only with the locale it names.
import { NextResponse, type NextRequest } from "next/server";

export function middleware(request: NextRequest) {
  const response = NextResponse.rewrite(new URL("/about", request.url));
  response.headers.set("x-i18n-middleware", `${request.nextUrl.locale}:${request.nextUrl.pathname}`);
  return response;
}

export const config = {
  matcher: [{ source: "/i18n-mw" }, { source: "/nl-NL/i18n-mw-nl", locale: false }],
};
