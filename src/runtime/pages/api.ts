// Runs a `pages/api/*` route: Node-style req/res over the Web Request, body
// parsed per `config.api.bodyParser`, query from the URL and the route params.
// https://nextjs.org/docs/pages/building-your-application/routing/api-routes
// (Next: test/integration/api-support).
import type { Params } from "../routing/match";
import { BodyError, DEFAULT_SIZE_LIMIT, parseBody, parseSizeLimit, readBody } from "./body";
import { PagesRequest } from "./node-request";
import { PagesResponse } from "./node-response";
import { revalidatePagesPath } from "./revalidate";
import { buildQuery } from "./query";

interface ApiConfig {
  bodyParser?: false | { sizeLimit?: string | number };
  externalResolver?: boolean;
}

type ApiHandler = (req: PagesRequest, res: PagesResponse) => unknown;

function text(status: number, body: string, statusText = body): Response {
  return new Response(body, { status, statusText, headers: { "content-type": "text/plain; charset=utf-8" } });
}

export async function runApiRoute(input: { request: Request; url: URL; page: string; params: Params; module: Record<string, unknown> }): Promise<Response> {
  const { request, url, page, params, module } = input;
  const handler = module.default as ApiHandler | undefined;
  if (typeof handler !== "function") {
    console.error(`[vinext] pages${page}: an API route must export a default function (req, res) => { ... }.`);
    return text(500, "Internal Server Error");
  }
  const config = ((module.config as { api?: ApiConfig } | undefined)?.api ?? {}) as ApiConfig;
  let req: PagesRequest;
  if (config.bodyParser === false) {
    req = new PagesRequest(request, url);
  } else {
    const label = String(config.bodyParser?.sizeLimit ?? DEFAULT_SIZE_LIMIT);
    try {
      const hasBody = request.method !== "GET" && request.method !== "HEAD";
      const bytes = hasBody ? await readBody(request, parseSizeLimit(config.bodyParser?.sizeLimit ?? DEFAULT_SIZE_LIMIT), label) : undefined;
      req = new PagesRequest(request, url, null);
      req.body = bytes ? parseBody(bytes, request.headers.get("content-type")) : undefined;
    } catch (error) {
      if (error instanceof BodyError) return text(error.status, error.message);
      throw error;
    }
  }
  req.query = buildQuery(params, url.searchParams);
  const res = new PagesResponse();
  res.revalidator = (path) => revalidatePagesPath(request, path);
  const failure = (async () => {
    try {
      await handler(req, res);
      if (!res.headersSent && !config.externalResolver) {
        console.warn(`[vinext] API resolved without sending a response for ${url.pathname}, this may result in stalled requests.`);
      }
      return undefined;
    } catch (error) {
      console.error(`[vinext] Error in API route pages${page} (${request.method} ${url.pathname}):`, error);
      if (res.headersSent) {
        if (!res.writableEnded) res.end();
        return undefined;
      }
      return text(500, "Internal Server Error");
    }
  })();
  // Whichever comes first: the response head, or the handler failing before it.
  return Promise.race([res.response, failure.then((r) => r ?? res.response)]);
}
