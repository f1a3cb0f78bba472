// Middleware of the pipeline fixture. Each branch is one behaviour the suite
// checks (test/presets/pipeline-suite.ts), after Next's test/e2e/middleware-general,
// middleware-rewrites, middleware-redirects, middleware-responses and
// middleware-request-header-overrides.
import { after, NextResponse, type NextFetchEvent, type NextRequest } from "next/server";

type State = Record<string, number | string[]>;
const state = ((globalThis as { __pipeline?: State }).__pipeline ??= {});
const bump = (key: string) => (state[key] = ((state[key] as number | undefined) ?? 0) + 1);

function requestHeadersFor(request: NextRequest): Headers {
  const headers = new Headers(request.headers);
  headers.set("x-from-middleware", "hello-from-middleware");
  for (const name of request.nextUrl.searchParams.get("remove-headers")?.split(",") ?? []) headers.delete(name);
  for (const pair of request.nextUrl.searchParams.get("update-headers")?.split(",") ?? []) {
    const [name, value] = pair.split("=");
    if (name && value !== undefined) headers.set(name, value);
  }
  return headers;
}

export function middleware(request: NextRequest, event: NextFetchEvent) {
  const { pathname } = request.nextUrl;
  bump("middleware");
  (state.seen = (state.seen as string[] | undefined) ?? []).push(pathname);
  if ((state.seen as string[]).length > 200) (state.seen as string[]).splice(0, 100);

  if (pathname.startsWith("/admin") && request.cookies.get("session")?.value !== "ok") {
    return new NextResponse("Forbidden by middleware", { status: 403, headers: { "x-blocked-by": "middleware" } });
  }
  switch (pathname) {
    case "/secret.txt":
      return new NextResponse("blocked public file", { status: 403 });
    case "/public-rewrite":
      return NextResponse.rewrite(new URL("/hello.txt", request.url));
    case "/mw-redirect":
      return NextResponse.redirect(new URL("/about?by=middleware", request.url));
    case "/mw-redirect-beats":
      return NextResponse.redirect(new URL("/about?by=middleware", request.url));
    case "/mw-rewrite":
      return NextResponse.rewrite(new URL("/static-target?by=middleware", request.url));
    case "/mw-start":
      return NextResponse.rewrite(new URL("/mw-rewritten", request.url));
    case "/mw-external":
      return NextResponse.rewrite(`http://${request.headers.get("x-upstream")}/from-middleware?q=1`);
    case "/mw-json":
      return NextResponse.json({ from: "middleware", buildId: request.nextUrl.buildId, host: request.nextUrl.host, ip: (request as { ip?: string }).ip ?? null, geo: (request as { geo?: unknown }).geo ?? null });
    case "/mw-response":
      return new Response("plain from middleware", { status: 201, headers: { "x-direct": "1" } });
    case "/mw-throw":
      throw new Error("middleware exploded");
    case "/mw-wait":
      event.waitUntil(new Promise((resolve) => setTimeout(resolve, 20)).then(() => bump("waitUntil")));
      after(() => bump("after"));
      return NextResponse.json({ scheduled: true });
    // Pages data requests arrive here as the page's URL (test/presets/pipeline/pages-data.ts).
    case "/data/rewrite-me":
      return NextResponse.rewrite(new URL("/data-target", request.url));
    case "/data/redirect-me":
      return NextResponse.redirect(new URL("/data/landed?by=middleware", request.url));
    case "/mw-body":
      return request.text().then((body) => {
        const response = NextResponse.rewrite(new URL("/echo", request.url));
        response.headers.set("x-mw-body", body);
        return response;
      });
  }
  if (pathname === "/echo" || pathname === "/echo-page") {
    const response = NextResponse.next({ request: { headers: requestHeadersFor(request) } });
    response.headers.set("x-middleware-response", "yes");
    response.cookies.set("mw-cookie", "from-middleware");
    return response;
  }
  const response = NextResponse.next();
  response.headers.set("x-middleware-ran", pathname);
  return response;
}

export const config = {
  matcher: ["/((?!skip-mw|favicon\\.ico).*)", { source: "/skip-mw/forced", has: [{ type: "header", key: "x-force-mw" }] }],
};
