// Benchmark: builds the same generated App Router app with `next build` and `vinext build`,
// serves each production build on 127.0.0.1, and reports build wall/CPU time and the gzip size
// of the JS that `/` loads, as vinext/next ratios. Writes bench/.work/results.json.
// Usage: node bench/run.mjs [--only=next|vinext] [--runs=N]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { generateApp } from "./generate.mjs";
import { collectPageJs } from "./lib/collect-js.mjs";
import { freePort, startServer } from "./lib/serve.mjs";
import { runTimed } from "./lib/timed-run.mjs";

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH, ".."); // the vinext repository
const WORK = join(BENCH, ".work");
const NEXT_BIN = join(BENCH, "node_modules", ".bin", "next");
const VINEXT_BIN = join(ROOT, "bin", "vinext.mjs");
const ENV = { NEXT_TELEMETRY_DISABLED: "1" };

// How to build and serve each framework's copy of the app.
const TARGETS = {
  next: {
    dir: join(WORK, "next-app"),
    build: (dir) => [NEXT_BIN, ["build"]],
    serve: (dir, port) => [NEXT_BIN, ["start", "-p", String(port), "-H", "127.0.0.1"], {}],
    missing: () => (existsSync(NEXT_BIN) ? null : `${NEXT_BIN} not found: run \`npm install --prefix bench\``),
  },
  vinext: {
    dir: join(WORK, "vinext-app"),
    build: (dir) => [process.execPath, [VINEXT_BIN, "build", dir]],
    serve: (dir, port) => [
      process.execPath,
      [join(dir, ".output", "server", "index.mjs")],
      { PORT: String(port), HOST: "127.0.0.1", NITRO_PORT: String(port), NITRO_HOST: "127.0.0.1" },
    ],
    missing: () => (existsSync(VINEXT_BIN) ? null : `${VINEXT_BIN} not found: the vinext CLI is not built yet`),
  },
};

// The last lines of a log, without colour codes (some bundler code frames ignore NO_COLOR).
const tail = (text, lines = 40) =>
  text.replace(/\x1b\[[0-9;]*m/g, "").trimEnd().split("\n").slice(-lines).join("\n");

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

async function measure(name, runs) {
  const target = TARGETS[name];
  const problem = target.missing();
  if (problem) return { ok: false, stage: "setup", error: problem };

  const samples = [];
  for (let i = 1; i <= runs; i++) {
    const routes = generateApp(target.dir); // fresh copy each run: no build cache carries over
    const [command, args] = target.build(target.dir);
    console.log(`[bench] ${name}: build ${i}/${runs} of ${routes} routes in ${target.dir}`);
    const build = runTimed(command, args, { cwd: target.dir, env: ENV, logFile: join(WORK, `${name}-build.log`) });
    const sample = { wallMs: build.wallMs, cpuMs: build.cpuMs, userMs: build.userMs, sysMs: build.sysMs };
    if (!build.ok) return { ok: false, stage: "build", ...sample, error: `exit code ${build.code}\n${tail(build.log)}` };
    samples.push(sample);
  }
  // Medians resist one slow outlier run; the JS size comes from the last build (it is deterministic).
  const timing = { wallMs: median(samples.map((s) => s.wallMs)), cpuMs: median(samples.map((s) => s.cpuMs)), samples };

  const port = await freePort();
  const [serveCommand, serveArgs, serveEnv] = target.serve(target.dir, port);
  const url = `http://127.0.0.1:${port}/`;
  console.log(`[bench] ${name}: serving on ${url}`);
  let server;
  try {
    server = await startServer(serveCommand, serveArgs, {
      cwd: target.dir,
      env: { ...ENV, NODE_ENV: "production", ...serveEnv },
      url,
      logFile: join(WORK, `${name}-serve.log`),
    });
    const js = await collectPageJs(url);
    if (js.status !== 200) throw new Error(`GET / answered ${js.status}`);
    // A referenced file that 404s is left out of the sum; say so, since it skews the comparison.
    for (const line of js.missing) console.warn(`[bench] ${name}: referenced JS not served: ${line}`);
    return { ok: true, ...timing, js };
  } catch (error) {
    return { ok: false, stage: "serve", ...timing, error: String(error?.stack ?? error) };
  } finally {
    await server?.stop();
  }
}

function printTable(results) {
  const names = Object.keys(results);
  const rows = [
    ["build wall (ms)", (r) => r.wallMs],
    ["build CPU user+sys (ms)", (r) => r.cpuMs],
    ["JS loaded by / (gzip bytes)", (r) => r.js?.gzipBytes],
    ["JS loaded by / (raw bytes)", (r) => r.js?.bytes],
    ["JS files loaded by /", (r) => r.js?.files.length],
  ];
  const cell = (v) => (Number.isFinite(v) ? String(v) : "-");
  const header = ["metric", ...names, ...(names.length === 2 ? ["vinext/next"] : [])];
  const body = rows.map(([label, get]) => {
    const values = names.map((n) => get(results[n]));
    // A failed run's timings are shown but never turned into a ratio.
    const bothOk = names.length === 2 && names.every((n) => results[n].ok);
    const ratio = bothOk && values[0] > 0 ? (values[1] / values[0]).toFixed(2) : "-";
    return [label, ...values.map(cell), ...(names.length === 2 ? [ratio] : [])];
  });
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((row) => row[i].length)));
  for (const row of [header, widths.map((w) => "-".repeat(w)), ...body]) {
    console.log(row.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  "));
  }
}

const readVersion = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, "utf8")).version : null);
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? Number((a / b).toFixed(3)) : null);

async function main() {
  const only = process.argv.find((a) => a.startsWith("--only="))?.slice("--only=".length);
  if (only && !TARGETS[only]) throw new Error(`--only must be one of: ${Object.keys(TARGETS).join(", ")}`);
  // next first, vinext second: the table's ratio column is vinext/next.
  const names = only ? [only] : ["next", "vinext"];
  const runs = Number(process.argv.find((a) => a.startsWith("--runs="))?.slice("--runs=".length) ?? 1);
  if (!Number.isInteger(runs) || runs < 1 || runs > 20) throw new Error("--runs must be an integer from 1 to 20");
  mkdirSync(WORK, { recursive: true });

  const results = {};
  for (const name of names) {
    results[name] = await measure(name, runs);
    if (!results[name].ok) {
      console.error(`\n[bench] ${name} FAILED during ${results[name].stage}:\n${results[name].error}\n`);
    }
  }

  console.log("");
  printTable(results);
  const { next, vinext } = results;
  const report = {
    date: new Date().toISOString(),
    node: process.version,
    runs,
    cpus: availableParallelism(),
    versions: {
      next: readVersion(join(BENCH, "node_modules", "next", "package.json")),
      vinext: readVersion(join(ROOT, "package.json")),
    },
    results,
    ratios:
      next?.ok && vinext?.ok
        ? {
            buildWall: ratio(vinext.wallMs, next.wallMs),
            buildCpu: ratio(vinext.cpuMs, next.cpuMs),
            jsGzip: ratio(vinext.js?.gzipBytes, next.js?.gzipBytes),
          }
        : null,
  };
  writeFileSync(join(WORK, "results.json"), JSON.stringify(report, null, 2) + "\n");
  console.log(`\n[bench] wrote ${join(WORK, "results.json")}`);
  const failed = names.filter((n) => !results[n].ok);
  if (failed.length > 0) {
    console.error(`[bench] failed: ${failed.join(", ")} (logs in ${WORK})`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
