// Router.events (routeChangeStart, routeChangeComplete, routeChangeError,
// beforeHistoryChange, hashChangeStart, hashChangeComplete): one emitter per
// graph, created before the router so `_app` can subscribe at module level.
type Handler = (...args: unknown[]) => void;

export interface RouterEvents {
  on(type: string, handler: Handler): void;
  off(type: string, handler: Handler): void;
  emit(type: string, ...args: unknown[]): void;
}

export function createRouterEvents(): RouterEvents {
  const handlers = new Map<string, Set<Handler>>();
  return {
    on(type, handler) {
      if (!handlers.has(type)) handlers.set(type, new Set());
      handlers.get(type)!.add(handler);
    },
    off(type, handler) {
      handlers.get(type)?.delete(handler);
    },
    emit(type, ...args) {
      for (const handler of [...(handlers.get(type) ?? [])]) handler(...args);
    },
  };
}

/** The shared emitter of this module graph (`Router.events`). */
export const routerEvents: RouterEvents = createRouterEvents();
