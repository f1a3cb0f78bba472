// register() must run once per server instance; onRequestError hears about
// failures (test/e2e/instrumentation-hook, test/e2e/on-request-error).
type State = Record<string, unknown>;
const state = () => ((globalThis as { __pipeline?: State }).__pipeline ??= {});

export function register() {
  state().registered = ((state().registered as number | undefined) ?? 0) + 1;
}

export function onRequestError(error: unknown, request: { path: string; method: string }, context: { routeType: string; routePath: string }) {
  const errors = (state().requestErrors ??= []) as unknown[];
  errors.push({ message: (error as Error).message, path: request.path, method: request.method, routeType: context.routeType, routePath: context.routePath });
}
