// Runs a command to completion and reports its wall and CPU time. CPU time must include every
// process the build forks (workers, type checker), which `process.resourceUsage()` cannot see, so
// the command runs under bash's `time` keyword: it reports the rusage of all waited-for children.
import { closeSync, openSync, readFileSync, rmSync } from "node:fs";
import { spawnSync } from "node:child_process";

const TIMEOUT_MS = 20 * 60 * 1000; // a build that takes longer than this is reported as failed

// `time` writes "real user sys" (seconds, 3 decimals) to the group's stderr, which goes to $TIME_FILE;
// the command's own stdout/stderr are routed around it through fds 3 and 4 into the log.
const SCRIPT = 'TIMEFORMAT="%3R %3U %3S"; { time "$@" 1>&3 2>&4; } 3>&1 4>&2 2>"$TIME_FILE"';

/**
 * @returns {{ ok: boolean, code: number | null, wallMs: number, cpuMs: number, userMs: number, sysMs: number, log: string }}
 */
export function runTimed(command, args, { cwd, env, logFile }) {
  const timeFile = `${logFile}.time`;
  rmSync(timeFile, { force: true });
  const fd = openSync(logFile, "w");
  let result;
  try {
    result = spawnSync("bash", ["-c", SCRIPT, "bench", command, ...args], {
      cwd,
      env: { ...process.env, ...env, TIME_FILE: timeFile },
      stdio: ["ignore", fd, fd],
      timeout: TIMEOUT_MS,
      killSignal: "SIGKILL",
    });
  } finally {
    closeSync(fd);
  }
  const log = readFileSync(logFile, "utf8");
  let times = [NaN, NaN, NaN];
  try {
    times = readFileSync(timeFile, "utf8").trim().split(/\s+/).slice(-3).map((s) => Math.round(Number(s) * 1000));
  } catch {
    // no timing file: bash was killed (timeout) before `time` could report
  }
  const [wallMs, userMs, sysMs] = times;
  const ok = result.status === 0 && !result.error;
  return { ok, code: result.status, wallMs, cpuMs: userMs + sysMs, userMs, sysMs, log };
}
