// Lets code shared with the browser (next/navigation's redirect) ask for the
// current request phase without importing node:async_hooks: request-store
// registers a reader under a global symbol when it loads (rsc environment only).
const KEY = Symbol.for("vinext.request-store");

type Peek = () => { phase: "render" | "action" | "route"; request: Request } | undefined;

// Each server bundle (rsc, and ssr when it imports the store) has its own
// request-store module in the same process: every one registers, and the store
// of the latest one that is inside a request answers (a later bundle outside
// any request must not hide the rsc store).
export function registerRequestStorePeek(peek: Peek): void {
  const globals = globalThis as Record<symbol, Set<Peek> | undefined>;
  (globals[KEY] ??= new Set()).add(peek);
}

export function peekRequestStore(): ReturnType<Peek> {
  const peeks = (globalThis as Record<symbol, Set<Peek> | undefined>)[KEY];
  if (!peeks) return undefined;
  // Latest first: inside a Pages render the ssr bundle's own store is the one meant.
  for (const peek of [...peeks].reverse()) {
    const store = peek();
    if (store) return store;
  }
  return undefined;
}
