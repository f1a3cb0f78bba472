// `vinext start`: serves a node-server build, loading .env files as `next start` does.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { applyEnv, readEnvFiles } from "../vite/env";
import { EXPORT_DIR, EXPORT_MARKER } from "../nitro/static-export";
import { readBuildInfo } from "./build";

export async function runStart(dir: string, port: number | undefined, host: string | undefined): Promise<number> {
  const root = resolve(dir);
  const info = readBuildInfo(root);
  const entry = join(root, ".output", "server", "index.mjs");
  if (existsSync(join(root, ".output", EXPORT_MARKER))) {
    // Next: test/integration/app-dir-export/test/start.test.ts.
    console.error(`[vinext] "vinext start" does not work with "output: export": the site is the static folder ${join(dir, EXPORT_DIR)}/. Serve it with any static file server, e.g. "npx serve ${join(dir, EXPORT_DIR)}".`);
    return 1;
  }
  if (!info || !existsSync(entry)) {
    console.error(`[vinext] No production build in ${root}. Run "vinext build ${dir}" first.`);
    return 1;
  }
  if (!info.preset.startsWith("node")) {
    console.error(
      `[vinext] "vinext start" serves node-server builds, but ${root}/.output was built for "${info.preset}".` +
        (info.commands?.preview ? ` Preview it with: ${info.commands.preview}` : "") +
        ` Or rebuild with "vinext build ${dir} --preset node-server".`,
    );
    return 1;
  }
  applyEnv(readEnvFiles(root, "production"));
  const env = { ...process.env, NODE_ENV: "production", PORT: String(port ?? process.env.PORT ?? 3000), HOST: host ?? process.env.HOST ?? "" };
  const child = spawn(process.execPath, [entry], { stdio: "inherit", env, cwd: root });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  return new Promise((done) => child.on("exit", (code) => done(code ?? 0)));
}
