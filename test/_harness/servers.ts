// Starts production output for real: the node-server output under Node, the
// cloudflare-module output in workerd (Miniflare, configured from the
// wrangler.json Nitro generated). Every server binds 127.0.0.1 only.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join, resolve } from "node:path";

export interface RunningServer {
  url: string;
  logs: () => string;
  stop: () => Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

export async function waitForHttp(url: string, child?: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (child && child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}`);
    try {
      await fetch(url, { redirect: "manual" });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 150));
    }
  }
  throw new Error(`timed out waiting for ${url}`);
}

/** Spawns a process that serves HTTP on `port` and waits until it answers. */
export async function spawnServer(command: string, args: string[], options: { cwd: string; port: number; env?: Record<string, string> }): Promise<RunningServer> {
  let output = "";
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, NO_COLOR: "1", ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const url = `http://127.0.0.1:${options.port}`;
  try {
    await waitForHttp(url, child);
  } catch (error) {
    child.kill("SIGKILL");
    throw new Error(`${(error as Error).message}\n${output}`);
  }
  return {
    url,
    logs: () => output,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once("exit", () => done());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 3000).unref();
      }),
  };
}

export async function startNodeOutput(dir: string, env: Record<string, string> = {}): Promise<RunningServer> {
  const port = await freePort();
  return spawnServer(process.execPath, [join(dir, ".output/server/index.mjs")], {
    cwd: dir,
    port,
    env: { PORT: String(port), HOST: "127.0.0.1", ...env },
  });
}

/** The `request.cf` every request gets in workerd (Miniflare otherwise fetches or guesses one). */
export const WORKERD_CF = { country: "NL", city: "Amsterdam", region: "North Holland", regionCode: "NH", latitude: "52.37403", longitude: "4.88969", colo: "AMS" };

/** Runs the cloudflare-module output in workerd with the settings of its wrangler.json. */
export async function startWorkerdOutput(dir: string): Promise<RunningServer> {
  const serverDir = join(dir, ".output/server");
  const wrangler = JSON.parse(readFileSync(join(serverDir, "wrangler.json"), "utf8"));
  const { Miniflare, Log, LogLevel } = await import("miniflare");
  let output = "";
  const mf = new Miniflare({
    scriptPath: join(serverDir, wrangler.main),
    modules: true,
    // wrangler.json's rules plus wrangler's default wasm rule (next/og's engines are .wasm modules).
    modulesRules: [{ type: "ESModule", include: ["**/*.mjs", "**/*.js"] }, { type: "CompiledWasm", include: ["**/*.wasm"] }],
    compatibilityDate: wrangler.compatibility_date,
    compatibilityFlags: wrangler.compatibility_flags,
    // The Cloudflare Images binding when the app declares one (next/image resizes through it).
    ...(wrangler.images?.binding ? { images: { binding: wrangler.images.binding as string } } : {}),
    // What Cloudflare puts on `request.cf` (geo): fixed, so tests can assert NextRequest.geo.
    cf: WORKERD_CF,
    // KV namespaces (the ISR store's VINEXT_ISR binding), kept in memory by Miniflare.
    kvNamespaces: ((wrangler.kv_namespaces ?? []) as { binding: string }[]).map((namespace) => namespace.binding),
    assets: {
      directory: resolve(serverDir, wrangler.assets.directory),
      binding: wrangler.assets.binding,
      routerConfig: { has_user_worker: true, invoke_user_worker_ahead_of_assets: wrangler.assets.run_worker_first === true },
      ...(wrangler.assets.html_handling ? { assetConfig: { html_handling: wrangler.assets.html_handling } } : {}),
    },
    host: "127.0.0.1",
    port: await freePort(),
    log: new (class extends Log {
      override log(message: string) {
        output += `${message}\n`;
      }
    })(LogLevel.INFO),
    handleRuntimeStdio(stdout: NodeJS.ReadableStream, stderr: NodeJS.ReadableStream) {
      stdout.on("data", (d: Buffer) => (output += d));
      stderr.on("data", (d: Buffer) => (output += d));
    },
  });
  const url = (await mf.ready).origin;
  return { url, logs: () => output, stop: () => mf.dispose() };
}

/** Runs `vinext dev` on a free port. */
export async function startDevServer(dir: string, env: Record<string, string> = {}): Promise<RunningServer> {
  const { cliPath } = await import("./fixtures");
  const port = await freePort();
  return spawnServer(process.execPath, [cliPath, "dev", dir, "-p", String(port), "-H", "127.0.0.1"], { cwd: dir, port, env });
}

/**
 * A vercel build (`.vercel/output`) served as Vercel would: config.json routes
 * (`handle: filesystem` over static/), then the function in functions/*.func
 * called with real Requests (test/_harness/platform-host.mjs).
 */
export async function startVercelOutput(dir: string): Promise<RunningServer> {
  const port = await freePort();
  return spawnServer(process.execPath, [join(import.meta.dirname, "platform-host.mjs"), "vercel", dir, String(port)], { cwd: dir, port });
}

/**
 * A netlify build served as Netlify would: the publish dir (dist/, with _headers)
 * first (`preferStatic`), then the functions v2 entry `default(request, context)`,
 * with Netlify Blobs from a local BlobsServer (test/_harness/platform-host.mjs).
 */
export async function startNetlifyOutput(dir: string): Promise<RunningServer> {
  const port = await freePort();
  return spawnServer(process.execPath, [join(import.meta.dirname, "platform-host.mjs"), "netlify", dir, String(port)], { cwd: dir, port });
}
