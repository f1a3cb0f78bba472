// Builds playground apps into throwaway copies under .tmp/ (inside the repo, so
// react and vinext resolve from the root node_modules), one copy per preset.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";

export const repoRoot = resolve(import.meta.dirname, "../..");
/**
 * Where throwaway apps go. VINEXT_TEST_TMP (a folder name at the repo root, e.g.
 * ".tmp-actions") lets parallel test runs keep their builds apart.
 */
export const tmpRoot = join(repoRoot, process.env.VINEXT_TEST_TMP ?? ".tmp");
export const cliPath = join(repoRoot, "bin/vinext.mjs");

/** Copies playground/<app> to .tmp/<name> without build output or caches. */
export function copyFixture(app: string, name: string): string {
  const dir = join(tmpRoot, name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(repoRoot, "playground", app), dir, {
    recursive: true,
    filter: (src) => !/[\\/](\.output|node_modules|\.nitro|\.wrangler)([\\/]|$)/.test(src.slice(repoRoot.length)),
  });
  return dir;
}

/** Runs `vinext build` and returns its stdout; throws with the output on failure. */
export function buildFixture(dir: string, preset: string, env: Record<string, string> = {}): string {
  try {
    return execFileSync(process.execPath, [cliPath, "build", dir, "--preset", preset], {
      cwd: repoRoot,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    throw new Error(`vinext build ${dir} --preset ${preset} failed:\n${e.stdout ?? ""}\n${e.stderr ?? ""}`);
  }
}

export function hasBuild(dir: string): boolean {
  return existsSync(join(dir, ".output", "nitro.json"));
}
