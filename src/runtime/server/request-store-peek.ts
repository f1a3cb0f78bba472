// Lets code shared with the browser (next/navigation's redirect) ask for the
// current request phase without importing node:async_hooks: request-store
// registers a reader under a global symbol when it loads (rsc environment only).
const KEY = Symbol.for("vinext.request-store");

type Peek = () => { phase: "render" | "action" | "route"; request: Request } | undefined;

// Each server bundle (rsc, and ssr when it imports the store) has its own
// request-store module in the same process: every one registers, and the store
// of whichever is inside a request answers (the last one to load must not hide the others).
export function registerRequestStorePeek(peek: Peek): void {
  const globals = globalThis as Record<symbol, Set<Peek> | undefined>;
  (globals[KEY] ??= new Set()).add(peek);
}

export function peekRequestStore(): ReturnType<Peek> {
  const peeks = (globalThis as Record<symbol, Set<Peek> | undefined>)[KEY];
  if (!peeks) return undefined;
  for (const peek of peeks) {
    const store = peek();
    if (store) return store;
  }
  return undefined;
}
