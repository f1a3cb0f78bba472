// instrumentation.ts: `register()` runs once per server instance before the
// first request is handled; `onRequestError(error, request, context)` hears
// about errors while handling requests.
// https://nextjs.org/docs/app/api-reference/file-conventions/instrumentation
// (test/e2e/instrumentation-hook, test/e2e/on-request-error).
import { instrumentation } from "virtual:vinext/middleware";
import { setRequestErrorListener } from "./errors";
import { peekRequestStore } from "./request-store";

export interface RequestErrorContext {
  routerKind: "App Router" | "Pages Router";
  /** The route's file-system path, e.g. "/blog/[slug]", or "/middleware". */
  routePath: string;
  routeType: "render" | "route" | "action" | "middleware";
  renderSource?: string;
  revalidateReason?: "on-demand" | "stale" | undefined;
}

type Hooks = { register?: () => unknown; onRequestError?: (error: unknown, request: unknown, context: RequestErrorContext) => unknown };

let loaded: Promise<Hooks | undefined> | undefined;

function hooks(): Promise<Hooks | undefined> {
  loaded ??= (async () => {
    if (!instrumentation) return undefined;
    const mod = (await instrumentation.load()) as Hooks;
    if (typeof mod.register === "function") {
      try {
        await mod.register();
      } catch (error) {
        console.error(`[vinext] register() in ${instrumentation.file} failed:`, error);
      }
    }
    return mod;
  })();
  return loaded;
}

/** Runs `register()` once (the first request waits for it); resolves at once without instrumentation.ts. */
export async function ensureInstrumentation(): Promise<void> {
  if (instrumentation) await hooks();
}

/**
 * Tells `onRequestError` about an error while handling `request`. Never throws:
 * a failing hook is logged.
 */
export async function reportRequestError(error: unknown, request: Request, context: RequestErrorContext): Promise<void> {
  if (!instrumentation) return;
  const mod = await hooks();
  if (typeof mod?.onRequestError !== "function") return;
  const url = new URL(request.url);
  const headers: Record<string, string> = {};
  for (const [name, value] of request.headers) headers[name] = value;
  try {
    await mod.onRequestError(error, { path: url.pathname + url.search, method: request.method, headers }, context);
  } catch (hookError) {
    console.error(`[vinext] onRequestError in ${instrumentation.file} threw:`, hookError);
  }
}

// Errors of renders, route handlers and Server Actions are reported by the modules
// that catch them (errors.ts); the request is the one in the current request store.
if (instrumentation) {
  setRequestErrorListener((error, kind, route) => {
    const store = peekRequestStore();
    if (store) void reportRequestError(error, store.request, { routerKind: "App Router", routePath: route, routeType: kind });
  });
}
