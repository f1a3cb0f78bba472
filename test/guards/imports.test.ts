// DESIGN §4 rules 1, 2, 5 and 9: request-time code stays on Web APIs and never reaches
// build-time code; files stay under 400 lines; runtime and shim files open with a comment.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const src = join(root, "src");

function walk(dir: string): string[] {
  // A request-time folder with no files yet (src/storage before the caching issue) is not in git.
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : /\.(ts|tsx|mts|cts|js|mjs)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}
const rel = (file: string) => relative(root, file).split("\\").join("/");
const requestTime = ["runtime", "shims", "storage", "nitro/runtime"].flatMap((d) => walk(join(src, d)));

/** Static imports, `export … from`, side-effect imports and `import("…")` with a string literal. */
function specifiers(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\s[^"'`;]*?\bfrom\s*["'`]([^"'`]+)["'`]/g,
    /\bimport\s*["'`]([^"'`]+)["'`]/g,
    /\bimport\s*\(\s*["'`]([^"'`]+)["'`]\s*[,)]/g,
    /\brequire\s*\(\s*["'`]([^"'`]+)["'`]\s*\)/g,
  ];
  for (const pattern of patterns) for (const m of code.matchAll(pattern)) found.push(m[1]!);
  return found;
}

const FORBIDDEN_BARE = /^(?:vite(?:\/.*)?|node:fs(?:\/.*)?|node:path(?:\/.*)?|fs(?:\/.*)?|path(?:\/.*)?)$/;
const BUILD_TIME_DIRS = [join(src, "vite"), join(src, "cli")];

function violation(file: string, spec: string): string | undefined {
  if (FORBIDDEN_BARE.test(spec)) return `imports build-time/Node-only "${spec}"`;
  if (spec === "node:async_hooks" || spec === "async_hooks") {
    return basename(file).replace(/\.[^.]+$/, "") === "request-store" ? undefined : `imports "${spec}" outside request-store`;
  }
  if (spec.startsWith(".")) {
    const target = resolve(dirname(file), spec);
    if (BUILD_TIME_DIRS.some((dir) => target === dir || target.startsWith(dir + "/"))) return `imports build-time module "${spec}"`;
  }
  return undefined;
}

describe("guard: request-time imports", () => {
  it("finds the request-time files", () => {
    expect(requestTime.length).toBeGreaterThan(5);
    expect(requestTime.map(rel)).toContain("src/runtime/server/handler.ts");
  });

  it("the specifier scanner sees every import form", () => {
    const sample = [
      `import a from "vite";`,
      `import { b } from 'node:fs';`,
      `import type { C } from "../../vite/options";`,
      `export { d } from "path";`,
      `export * from "./x";`,
      `import "fs/promises";`,
      `const e = await import("node:path");`,
      `const f = () => import('../cli/args', { with: {} });`,
      `// import g from "commented-out";`,
      `/* import h from "block-comment"; */`,
      `import {\n  multi,\n  line,\n} from "vite/module-runner";`,
    ].join("\n");
    expect(specifiers(sample)).toEqual(
      expect.arrayContaining(["vite", "node:fs", "../../vite/options", "path", "./x", "fs/promises", "node:path", "../cli/args", "vite/module-runner"]),
    );
    expect(specifiers(sample)).not.toContain("commented-out");
    expect(specifiers(sample)).not.toContain("block-comment");
  });

  it.each<[string, string, boolean]>([
    ["src/runtime/a.ts", "vite", true],
    ["src/runtime/a.ts", "vite/module-runner", true],
    ["src/runtime/a.ts", "vitest", false],
    ["src/runtime/a.ts", "node:fs", true],
    ["src/runtime/a.ts", "fs/promises", true],
    ["src/runtime/a.ts", "path", true],
    ["src/runtime/a.ts", "pathe", false],
    ["src/runtime/a.ts", "node:async_hooks", true],
    ["src/runtime/server/request-store.ts", "node:async_hooks", false],
    ["src/runtime/server/a.ts", "../../vite/options", true],
    ["src/shims/a.ts", "../cli/args", true],
    ["src/nitro/runtime/a.ts", "../../vite", true],
    ["src/runtime/server/a.ts", "../routing/match", false],
    ["src/shims/a.ts", "../vite-helpers", false],
  ])("rule check: %s importing %s → violation %s", (file, spec, bad) => {
    expect(violation(join(root, file), spec) !== undefined).toBe(bad);
  });

  it("no request-time file imports vite, node:fs, node:path, build-time code, or async_hooks outside request-store", () => {
    const problems = requestTime.flatMap((file) =>
      specifiers(readFileSync(file, "utf8")).flatMap((spec) => {
        const why = violation(file, spec);
        return why ? [`${rel(file)}: ${why}`] : [];
      }),
    );
    expect(problems).toEqual([]);
  });
});

describe("guard: file shape", () => {
  it("every file in src/ is at most 400 lines", () => {
    const long = walk(src)
      .map((file) => {
        const text = readFileSync(file, "utf8");
        return [rel(file), text.split("\n").length - (text.endsWith("\n") ? 1 : 0)] as const;
      })
      .filter(([, lines]) => lines > 400)
      .map(([file, lines]) => `${file}: ${lines} lines`);
    expect(long).toEqual([]);
  });

  it("every runtime and shim file opens with a comment (after an optional directive)", () => {
    const files = [join(src, "runtime"), join(src, "shims")].flatMap(walk);
    const bad = files.filter((file) => {
      const text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
      const body = text.replace(/^(["'])use (?:client|server)\1;?[ \t]*\r?\n/, "");
      return !/^(?:\/\/|\/\*)/.test(body);
    });
    expect(bad.map(rel)).toEqual([]);
  });
});
