// The shared ISR / data-cache suite over playground/cache, run against every
// host's output and store (node-server with fs, Redis and a misbehaving store,
// workerd with KV, the vercel and netlify function entries). Areas live in
// cache/*.ts; a target says only how to start its server and which store it has.
import type { RunningServer } from "../_harness/servers";
import { areaSuite } from "./_suite";

export interface CacheTarget {
  name: string;
  dir: string;
  start: () => Promise<RunningServer>;
  /** "chaos": the store can be told to throw or return garbage (playground/cache/chaos-driver.mjs). */
  store?: "chaos" | "redis";
}

export interface CacheContext {
  target: CacheTarget;
  server: () => RunningServer;
  get: (path: string, init?: RequestInit) => Promise<Response>;
  html: (path: string, status?: number) => Promise<string>;
}

const areas = import.meta.glob<{ default: (ctx: CacheContext) => void }>("./cache/*.ts", { eager: true });

export function cacheSuite(target: CacheTarget) {
  areaSuite("ISR and data cache", target, areas);
}

/** The render stamp a fixture page shows (playground/cache/app/render-stamp.tsx). */
export function stampOf(body: string): string {
  const match = /data-testid="stamp">([^<]+)</.exec(body);
  if (!match) throw new Error(`no render stamp in: ${body.slice(0, 300)}`);
  return match[1]!;
}

export interface PageVisit {
  status: number;
  cache: string | null;
  cacheControl: string | null;
  stamp: string;
}

export async function visit(get: CacheContext["get"], path: string, init?: RequestInit): Promise<PageVisit> {
  const res = await get(path, init);
  const body = await res.text();
  return { status: res.status, cache: res.headers.get("x-nextjs-cache"), cacheControl: res.headers.get("cache-control"), stamp: stampOf(body) };
}

/** Polls `path` until `accept(visit)` holds (or fails after `timeoutMs`). */
export async function visitUntil(get: CacheContext["get"], path: string, accept: (visit: PageVisit) => boolean, timeoutMs = 8000): Promise<PageVisit> {
  const deadline = Date.now() + timeoutMs;
  let last: PageVisit | undefined;
  while (Date.now() < deadline) {
    last = await visit(get, path);
    if (accept(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${path} never reached the expected state; last: ${JSON.stringify(last)}`);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
