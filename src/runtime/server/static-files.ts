// The filesystem step of the pipeline: public/ files and pre-rendered pages.
// When the app has middleware or next.config routing rules, the host's static
// layer no longer answers those paths before the handler (see
// src/nitro/static-pipeline.ts); the Nitro side attaches a server for them to
// the request instead, and the pipeline asks it after middleware and
// beforeFiles rewrites, exactly where Next checks the filesystem.
import { flightPathFor } from "../routing/flight-path";
import { DRAFT_MODE_COOKIE } from "./draft-mode";
import { STATIC_SERVER } from "./host-request";

/** Serves the static file at `pathname` (GET/HEAD), or resolves undefined when there is none. */
export type StaticServer = (pathname: string, request: Request) => Promise<Response | undefined>;

export function staticServerOf(request: Request): StaticServer | undefined {
  const server = (request as Request & { [STATIC_SERVER]?: unknown })[STATIC_SERVER];
  return typeof server === "function" ? (server as StaticServer) : undefined;
}

const draftCookie = new RegExp(`(?:^|;)\\s*${DRAFT_MODE_COOKIE}=`);

function isPageOutput(response: Response, flight: boolean): boolean {
  const type = response.headers.get("content-type") ?? "";
  return flight ? type.startsWith("text/x-component") : type.startsWith("text/html");
}

async function discard(response: Response | undefined): Promise<undefined> {
  await response?.body?.cancel();
  return undefined;
}

/**
 * The static answer for `pathname`, if the host has one. A client navigation
 * (`flight`) gets the page's pre-rendered Flight twin, or a plain file (which
 * the client router turns into a document navigation). Pre-rendered pages are
 * skipped for draft-mode requests: they render per request.
 */
export async function serveStaticFile(request: Request, pathname: string, flight: boolean): Promise<Response | undefined> {
  if (request.method !== "GET" && request.method !== "HEAD") return undefined;
  const server = staticServerOf(request);
  if (!server) return undefined;
  const draft = draftCookie.test(request.headers.get("cookie") ?? "");
  if (flight) {
    const twin = await server(flightPathFor(pathname), request);
    if (twin && isPageOutput(twin, true) && !draft) return twin;
    await discard(twin);
  }
  const file = await server(pathname, request);
  if (file && isPageOutput(file, false) && (flight || draft)) return discard(file);
  // A pre-rendered Pages data file renders per request in preview/draft mode too.
  if (file && draft && pathname.startsWith("/_next/data/") && pathname.endsWith(".json")) return discard(file);
  return file;
}
