// Benchmark (not a test): requests/s of an ISR HIT against the same page (300-row
// catalogue, playground/cache/app/bench) rendered on every request; node-server, fs store.
// Usage: node bench/isr.mjs [--seconds=N] [--connections=N]. Writes bench/.work/isr.json.
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { measure } from "./lib/load.mjs";
import { freePort, startServer } from "./lib/serve.mjs";
import { runTimed } from "./lib/timed-run.mjs";

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH, "..");
const WORK = join(BENCH, ".work");
const APP = join(WORK, "isr-app");
const arg = (name, fallback) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback);
const seconds = arg("seconds", 5);
const connections = arg("connections", 16);

mkdirSync(WORK, { recursive: true });
rmSync(APP, { recursive: true, force: true });
cpSync(join(ROOT, "playground/cache"), APP, { recursive: true, filter: (src) => !/[\\/](\.output|node_modules|\.vinext)([\\/]|$)/.test(src) });
const build = runTimed(process.execPath, [join(ROOT, "bin/vinext.mjs"), "build", APP], { cwd: ROOT, logFile: join(WORK, "isr-build.log") });
if (!build.ok) throw new Error(`vinext build failed (see ${join(WORK, "isr-build.log")})`);

const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
const server = await startServer(process.execPath, [join(APP, ".output/server/index.mjs")], {
  cwd: APP,
  env: { PORT: String(port), HOST: "127.0.0.1" },
  url: `${origin}/`,
  logFile: join(WORK, "isr-server.log"),
});
try {
  // Warm both pages (the ISR page enters the store from its build-time seed).
  for (const path of ["/bench/isr", "/bench/dynamic"]) for (let i = 0; i < 20; i++) await fetch(origin + path).then((r) => r.arrayBuffer());
  const hit = await measure(`${origin}/bench/isr`, { seconds, connections, header: "x-nextjs-cache" });
  const dynamic = await measure(`${origin}/bench/dynamic`, { seconds, connections });
  const result = { seconds, connections, isrHit: hit, dynamicRender: dynamic, ratio: +(hit.perSecond / dynamic.perSecond).toFixed(2) };
  writeFileSync(join(WORK, "isr.json"), `${JSON.stringify(result, null, 2)}\n`);
  console.log(`ISR HIT        ${hit.perSecond} req/s  (${JSON.stringify(hit.headers)}, errors ${hit.errors})`);
  console.log(`dynamic render ${dynamic.perSecond} req/s  (errors ${dynamic.errors})`);
  console.log(`HIT / dynamic  ${result.ratio}×`);
} finally {
  await server.stop();
}
