// App Router route handlers (route.ts). Implemented in the App Router issue;
// until then a request that reaches one is answered loudly, never silently.
import type { AppRoute, ModuleLoader } from "../routing/app-manifest";
import type { Params } from "../routing/match";

export interface RouteHandlerInput {
  request: Request;
  route: AppRoute;
  params: Params;
  modules: Record<string, ModuleLoader>;
}

export async function handleRouteHandler({ route }: RouteHandlerInput): Promise<Response> {
  console.error(`[vinext] ${route.chain.at(-1)!.files.route}: route handlers (route.ts) are not supported by vinext yet.`);
  return new Response("Not Implemented", { status: 501 });
}
