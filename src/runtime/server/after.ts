// after(): work scheduled to run once the response has been sent. Tasks are
// queued per request store; scheduleAfterTasks() starts them when the response
// body has been fully read (or cancelled by the client), and hands the work to
// the host's waitUntil (srvx on Node, the Workers ExecutionContext via Nitro)
// so a Worker is not torn down before it finishes. The handler schedules every
// response (pages, Server Actions, route handlers), so after() works in each;
// Next: test/e2e/app-dir/next-after-app ("runs in dynamic pages", "runs in
// server actions", "only runs callbacks after the response is fully sent").
// https://nextjs.org/docs/app/api-reference/functions/after
import { getRequestStore, runWithRequestStore, type RequestStore } from "./request-store";

export type AfterTask<T = unknown> = Promise<T> | (() => T | Promise<T>);

type WaitUntil = (promise: Promise<unknown>) => void;

interface Scheduled {
  /** Settles when the queue has run. */
  work: Promise<void>;
  hostRequest: Request;
  handedOff: boolean;
}

const queues = new WeakMap<RequestStore, AfterTask[]>();
const scheduled = new WeakMap<RequestStore, Scheduled>();
/** Store seen by after() callbacks → the request's own store (whose queue they add to). */
const callbackScopes = new WeakMap<RequestStore, RequestStore>();

function isThenable(value: unknown): value is Promise<unknown> {
  return !!value && typeof (value as { then?: unknown }).then === "function";
}

function waitUntilOf(request: Request): WaitUntil | undefined {
  const waitUntil = (request as Request & { waitUntil?: unknown }).waitUntil;
  return typeof waitUntil === "function" ? (waitUntil as WaitUntil) : undefined;
}

/** Keeps the host alive for the queue once there is something in it. */
function handOff(entry: Scheduled): void {
  if (entry.handedOff) return;
  entry.handedOff = true;
  try {
    waitUntilOf(entry.hostRequest)?.(entry.work);
  } catch {
    // A host may refuse waitUntil after its context closed; the promise still runs.
  }
}

/** True inside an after() callback: the response is gone, so cookies cannot be written. */
export function isAfterCallbackScope(store: RequestStore): boolean {
  return callbackScopes.has(store);
}

/**
 * @example
 * export async function POST(request: Request) {
 *   after(() => log("order placed")); // runs after the response is sent
 *   return Response.json({ ok: true });
 * }
 */
export function after<T>(task: AfterTask<T>): void {
  const current = getRequestStore("after");
  const store = callbackScopes.get(current) ?? current;
  if (typeof task !== "function" && !isThenable(task)) {
    throw new TypeError("[vinext] after() expects a function or a promise.");
  }
  // A promise may reject before the response ends: observe it now, report it when the queue runs.
  if (isThenable(task)) task.then(undefined, () => {});
  const queue = queues.get(store);
  if (queue) queue.push(task);
  else queues.set(store, [task]);
  // Called while the response streams (a component inside Suspense): the host must wait for it too.
  const entry = scheduled.get(store);
  if (entry) handOff(entry);
}

async function runQueue(store: RequestStore): Promise<void> {
  const queue = queues.get(store) ?? [];
  const scope: RequestStore = { ...store };
  callbackScopes.set(scope, store);
  // after() may be called from inside a task: keep draining until the queue is empty.
  while (queue.length > 0) {
    const task = queue.shift()!;
    try {
      await (typeof task === "function" ? runWithRequestStore(scope, task) : task);
    } catch (error) {
      console.error(`[vinext] An error occurred in a function passed to after() (${store.request.method} ${store.url.pathname}):`, error);
    }
  }
  queues.delete(store);
}

/**
 * Returns the response to send; the after() tasks of `store` start once its body
 * is done. Call it on the final response (bodies already stripped for HEAD); a
 * second call for the same store returns the response as is. `hostRequest` is
 * the request the host handed in (it carries `waitUntil`), when the store holds
 * a derived one. A route handler's response without tasks is left untouched;
 * a page's is watched, since components streamed later may still call after().
 */
export function scheduleAfterTasks(store: RequestStore, response: Response, hostRequest: Request = store.request): Response {
  if (scheduled.has(store)) return response;
  if (!queues.get(store)?.length && store.phase === "route") return response;
  let markSent!: () => void;
  const sent = new Promise<void>((resolve) => (markSent = resolve));
  const entry: Scheduled = { work: sent.then(() => runQueue(store)), hostRequest, handedOff: false };
  scheduled.set(store, entry);
  if (queues.get(store)?.length) handOff(entry);
  if (store.request.method === "HEAD" && response.body) {
    // The host sends no body for HEAD: read it here, so the render (and the after()
    // calls of what it streams) completes instead of waiting for a reader forever.
    response.body.pipeTo(new WritableStream()).then(markSent, markSent);
    return new Response(null, response);
  }
  if (!response.body) {
    // No body to wait for: the head goes out as soon as this task yields.
    setTimeout(markSent, 0);
    return response;
  }
  const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>({ flush: () => markSent() });
  // A client that disconnects cancels the pipe: the tasks still run.
  response.body.pipeTo(writable).catch(() => markSent());
  return new Response(readable, response);
}
