// vinext needs React ≥ 19.3: Server Components and Server Actions rely on the
// Flight (de)serialisation fixes of that release (hostile action payloads), so an
// app resolving an older React fails at startup with what to install, instead of
// running with known holes.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const MINIMUM = [19, 3] as const;

/** True when `version` ("19.3.1", "19.4.0-canary-…") is at least 19.3. */
export function meetsReactMinimum(version: string): boolean {
  const [major, minor] = version.split(/[.-]/).map(Number);
  if (major === undefined || minor === undefined || Number.isNaN(major) || Number.isNaN(minor)) return false;
  return major > MINIMUM[0] || (major === MINIMUM[0] && minor >= MINIMUM[1]);
}

function installedVersion(root: string, name: string): string | undefined {
  try {
    const file = createRequire(join(root, "package.json")).resolve(`${name}/package.json`);
    return (JSON.parse(readFileSync(file, "utf8")) as { version?: string }).version;
  } catch {
    return undefined;
  }
}

/**
 * Throws a `[vinext]` error naming the package when the app resolves react or
 * react-dom older than 19.3; a package that cannot be found is left to the bundler's own error.
 */
export function assertReactVersion(root: string): void {
  for (const name of ["react", "react-dom"]) {
    const version = installedVersion(root, name);
    if (version !== undefined && !meetsReactMinimum(version)) {
      throw new Error(`[vinext] ${name}@${version} is installed; vinext needs react and react-dom 19.3 or newer (Server Components and Server Actions rely on its Flight fixes). Run: npm install react@^19.3 react-dom@^19.3`);
    }
  }
}
