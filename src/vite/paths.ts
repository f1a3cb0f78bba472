// Where vinext's own request-time files live. The plugin is bundled into dist/,
// so paths are found from the package root rather than from this file.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, "package.json");
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, "utf8")).name === "vinext") return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error("[vinext] Cannot find the vinext package root.");
    dir = parent;
  }
}

export const packageRoot = findPackageRoot();
export const distDir = join(packageRoot, "dist");

/** A request-time module (extension resolved by Vite), e.g. `runtimePath("entries/rsc")`. */
export function runtimePath(rel: string): string {
  return join(distDir, "runtime", rel);
}

export function shimPath(rel: string): string {
  return join(distDir, "shims", `${rel}.mjs`);
}

export function packageVersion(): string {
  return JSON.parse(readFileSync(join(packageRoot, "package.json"), "utf8")).version;
}

/** Folders of vinext and of the packages whose files the dev server serves directly. */
export function frameworkDirs(): string[] {
  const require = createRequire(join(packageRoot, "package.json"));
  const dirs = [packageRoot];
  for (const pkg of ["nitro", "react", "react-dom", "@vitejs/plugin-rsc"]) {
    try {
      dirs.push(dirname(require.resolve(`${pkg}/package.json`)));
    } catch {
      // Not resolvable from vinext (peer installed elsewhere): the app's own root covers it.
    }
  }
  return dirs;
}
