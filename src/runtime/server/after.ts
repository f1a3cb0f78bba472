// after(): work scheduled to run once the response has been sent. Tasks are
// queued per request store; scheduleAfterTasks() starts them when the response
// body has been fully read (or cancelled by the client), and hands the work to
// the host's waitUntil (srvx on Node, the Workers ExecutionContext via Nitro)
// so a Worker is not torn down before it finishes.
// https://nextjs.org/docs/app/api-reference/functions/after
import { getRequestStore, runWithRequestStore, type RequestStore } from "./request-store";

export type AfterTask<T = unknown> = Promise<T> | (() => T | Promise<T>);

const queues = new WeakMap<RequestStore, AfterTask[]>();
const running = new WeakSet<RequestStore>();

function isThenable(value: unknown): value is Promise<unknown> {
  return !!value && typeof (value as { then?: unknown }).then === "function";
}

/**
 * @example
 * export async function POST(request: Request) {
 *   after(() => log("order placed")); // runs after the response is sent
 *   return Response.json({ ok: true });
 * }
 */
export function after<T>(task: AfterTask<T>): void {
  const store = getRequestStore("after");
  if (typeof task !== "function" && !isThenable(task)) {
    throw new TypeError("[vinext] after() expects a function or a promise.");
  }
  // A promise may reject before the response ends: observe it now, report it when the queue runs.
  if (isThenable(task)) task.then(undefined, () => {});
  const queue = queues.get(store);
  if (queue) queue.push(task);
  else queues.set(store, [task]);
}

async function runQueue(store: RequestStore): Promise<void> {
  const queue = queues.get(store) ?? [];
  // after() may be called from inside a task: keep draining until the queue is empty.
  while (queue.length > 0) {
    const task = queue.shift()!;
    try {
      await (typeof task === "function" ? runWithRequestStore(store, task) : task);
    } catch (error) {
      console.error(`[vinext] An error occurred in a function passed to after() (${store.request.method} ${store.url.pathname}):`, error);
    }
  }
  queues.delete(store);
}

type WaitUntil = (promise: Promise<unknown>) => void;

function waitUntilOf(request: Request): WaitUntil | undefined {
  const waitUntil = (request as Request & { waitUntil?: unknown }).waitUntil;
  return typeof waitUntil === "function" ? (waitUntil as WaitUntil) : undefined;
}

/**
 * Returns the response to send; the after() tasks of `store` start once its body
 * is done. Call it once per request, on the final response (bodies already
 * stripped for HEAD). `hostRequest` is the request the host handed in (it
 * carries `waitUntil`), when the store holds a derived one.
 */
export function scheduleAfterTasks(store: RequestStore, response: Response, hostRequest: Request = store.request): Response {
  if (!queues.get(store)?.length || running.has(store)) return response;
  running.add(store);
  let markSent!: () => void;
  const sent = new Promise<void>((resolve) => (markSent = resolve));
  const work = sent.then(() => runQueue(store));
  try {
    waitUntilOf(hostRequest)?.(work);
  } catch {
    // A host may refuse waitUntil after its context closed; the promise still runs.
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
