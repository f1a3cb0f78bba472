// Writes a small throwaway app under .tmp/ (inside the repo, without its own
// package.json, so react and `vinext` resolve from the repository root).
import { execFile } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { cliPath, repoRoot, tmpRoot } from "./fixtures";

export const MINIMAL_LAYOUT = `export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (<html lang="en"><body>{children}</body></html>);
}
`;

export function writeApp(name: string, files: Record<string, string>): string {
  const dir = join(tmpRoot, name);
  rmSync(dir, { recursive: true, force: true });
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), content);
  }
  return dir;
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the vinext CLI and resolves with its exit code and output (never rejects). */
export function runCli(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [cliPath, ...args],
      { cwd: repoRoot, env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", ...env }, maxBuffer: 32 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}
