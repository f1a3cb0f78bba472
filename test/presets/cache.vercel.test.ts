// The cache suite on the vercel output: .vercel/output served as Vercel would
// (config.json routes, static/, the function called with real Requests; ISR pages
// through their `-isr` prerender functions as Vercel invokes them), see
// test/_harness/platform-host.mjs. The store is the vercel-runtime-cache driver:
// outside Vercel, @vercel/functions falls back to an in-memory cache in the
// function's process ("Runtime Cache unavailable in this environment").
// Vercel's CDN prerender cache in front of `isr` functions is not emulated.
import { join } from "node:path";
import { tmpRoot } from "../_harness/fixtures";
import { startVercelOutput } from "../_harness/servers";
import { cacheSuite } from "./cache-suite";

const dir = join(tmpRoot, "cache-vercel");
cacheSuite({ name: "vercel (runtime cache)", dir, start: () => startVercelOutput(dir) });
