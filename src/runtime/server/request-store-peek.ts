// Lets code shared with the browser (next/navigation's redirect) ask for the
// current request phase without importing node:async_hooks: request-store
// registers a reader under a global symbol when it loads (rsc environment only).
const KEY = Symbol.for("vinext.request-store");

type Peek = () => { phase: "render" | "action" | "route"; request: Request } | undefined;

export function registerRequestStorePeek(peek: Peek): void {
  (globalThis as Record<symbol, unknown>)[KEY] = peek;
}

export function peekRequestStore(): ReturnType<Peek> {
  const peek = (globalThis as Record<symbol, Peek | undefined>)[KEY];
  return peek?.();
}
