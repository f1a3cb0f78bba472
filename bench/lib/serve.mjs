// Starts a production server on 127.0.0.1, waits until it answers, and stops it again.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { openSync, closeSync } from "node:fs";

const READY_TIMEOUT_MS = 60_000;

/** Asks the OS for a free port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * Spawns `command args` in its own process group and resolves once `url` answers any HTTP status.
 * @returns {Promise<{ stop: () => Promise<void> }>}
 */
export async function startServer(command, args, { cwd, env, url, logFile }) {
  const fd = openSync(logFile, "w");
  // detached: the server gets its own process group, so stop() can end it and anything it forked.
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", fd, fd], detached: true });
  closeSync(fd);
  let exited = false;
  const exitPromise = new Promise((r) => {
    const done = () => ((exited = true), r());
    child.once("exit", done);
    child.once("error", done); // e.g. ENOENT: there is no process to wait for
  });

  const stop = async () => {
    if (exited) return;
    try { process.kill(-child.pid, "SIGTERM"); } catch {}
    const timer = setTimeout(() => { try { process.kill(-child.pid, "SIGKILL"); } catch {} }, 5000);
    await exitPromise;
    clearTimeout(timer);
  };

  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`server exited before answering ${url} (see ${logFile})`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(2000) });
      return { stop };
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  await stop();
  throw new Error(`server did not answer ${url} within ${READY_TIMEOUT_MS} ms (see ${logFile})`);
}
