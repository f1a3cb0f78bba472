// Works around a Nitro v3 + plugin-rsc dev defect: on a cold Vite deps cache
// the first optimisation run can give the server environments two copies of
// React ("Invalid hook call"). Running a throwaway server until the rsc and ssr
// optimiser metadata exist makes the real server start warm. (DESIGN.md §2)
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

export async function warmDepsCache(dir: string): Promise<void> {
  const root = resolve(dir);
  const cacheDir = join(root, "node_modules", ".vite");
  const done = () => ["deps", "deps_ssr", "deps_rsc"].every((sub) => existsSync(join(cacheDir, sub, "_metadata.json")));
  if (done()) return;
  const { createServer } = await import("vite");
  const { createViteConfig } = await import("./vite-config");
  const config = await createViteConfig(root, "serve");
  const server = await createServer({ ...config, logLevel: "silent", server: { port: 0, hmr: false } });
  try {
    await server.listen();
    const address = server.httpServer?.address();
    const port = typeof address === "object" && address ? address.port : undefined;
    if (port) await fetch(`http://127.0.0.1:${port}/`, { headers: { accept: "text/html" } }).then((r) => r.arrayBuffer()).catch(() => {});
    for (let i = 0; i < 100 && !done(); i++) await new Promise((r) => setTimeout(r, 100));
  } finally {
    await server.close();
  }
}
