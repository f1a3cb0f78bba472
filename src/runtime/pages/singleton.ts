// next/router's default export: a router that forwards to the live one once the
// Pages Router has hydrated (`Router.push(...)`, `Router.events`, `Router.ready`).
// Before that (and on the server) methods throw, as in Next.
import { routerEvents } from "./router-events";
import type { NextRouter } from "./router-types";

let current: (() => NextRouter) | undefined;
const readyCallbacks: (() => void)[] = [];

/** Called by the browser entry with a getter for the current router snapshot. */
export function setSingletonRouter(getter: () => NextRouter): void {
  current = getter;
  for (const callback of readyCallbacks.splice(0)) callback();
}

function live(): NextRouter {
  if (!current) throw new Error('No router instance found.\nYou should only use "next/router" on the client side of your app.');
  return current();
}

const FIELDS = ["pathname", "route", "query", "asPath", "isFallback", "isReady", "isPreview", "basePath", "locale", "locales", "defaultLocale", "domainLocales", "isLocaleDomain"] as const;
const METHODS = ["push", "replace", "reload", "back", "forward", "prefetch", "beforePopState"] as const;

type Singleton = NextRouter & { router: NextRouter | null; ready(callback: () => void): void };

function createSingleton(): Singleton {
  const singleton = {
    events: routerEvents,
    ready(callback: () => void) {
      if (current) callback();
      else readyCallbacks.push(callback);
    },
  } as Singleton;
  Object.defineProperty(singleton, "router", { get: () => (current ? current() : null), enumerable: true });
  for (const field of FIELDS) Object.defineProperty(singleton, field, { get: () => live()[field], enumerable: true });
  for (const method of METHODS) {
    (singleton as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => (live()[method] as (...a: unknown[]) => unknown)(...args);
  }
  return singleton;
}

export const singletonRouter: Singleton = createSingleton();
