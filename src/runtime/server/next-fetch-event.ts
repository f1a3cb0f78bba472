// NextFetchEvent: the second argument of middleware. `waitUntil(promise)` keeps
// the host alive for work that outlives the response (Workers' ExecutionContext,
// srvx on Node); where the host has no waitUntil the promise simply runs.
// https://nextjs.org/docs/app/api-reference/file-conventions/middleware#waituntil-and-nextfetchevent
import type { NextRequest } from "./next-request";

type WaitUntil = (promise: Promise<unknown>) => void;

/**
 * @example
 * export function middleware(request: NextRequest, event: NextFetchEvent) {
 *   event.waitUntil(fetch("https://analytics.example/hit", { method: "POST" }));
 *   return NextResponse.next();
 * }
 */
export class NextFetchEvent {
  readonly request: NextRequest;
  /** The middleware file that runs ("/middleware" or "/proxy"). */
  readonly sourcePage: string;
  readonly #waitUntil: WaitUntil | undefined;

  constructor(params: { request: NextRequest; page: string; waitUntil?: WaitUntil }) {
    this.request = params.request;
    this.sourcePage = params.page;
    this.#waitUntil = params.waitUntil;
  }

  waitUntil(promise: Promise<unknown>): void {
    if (!promise || typeof (promise as Promise<unknown>).then !== "function") {
      throw new TypeError("[vinext] event.waitUntil() expects a promise.");
    }
    const observed = Promise.resolve(promise).catch((error) => {
      console.error(`[vinext] A promise passed to event.waitUntil() in ${this.sourcePage} rejected:`, error);
    });
    try {
      this.#waitUntil?.(observed);
    } catch {
      // The host refused (its context has closed): the promise still runs.
    }
  }

  /** Not available in middleware (Next throws the same way). */
  respondWith(): never {
    throw new Error("[vinext] event.respondWith() is not supported in middleware: return a Response instead.");
  }
}
