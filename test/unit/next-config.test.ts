// next.config loading: object / function / async function forms, every file flavour.
// https://nextjs.org/docs/app/api-reference/config/next-config-js (test/integration/config,
// test/integration/config-mjs, test/e2e/app-dir/next-config-ts)
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { loadNextConfig, warnUnsupportedKeys, type NextPhase } from "../../src/vite/next-config";

const base = join(import.meta.dirname, "../../.tmp/unit-next-config");
let n = 0;
function project(files: Record<string, string>): string {
  const dir = join(base, String(n++));
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
afterAll(() => rmSync(base, { recursive: true, force: true }));

const DEFAULT_EXTS = ["tsx", "ts", "jsx", "js"];
const CJS_PKG = JSON.stringify({ name: "cjs-app", private: true });
const ESM_PKG = JSON.stringify({ name: "esm-app", private: true, type: "module" });

describe("loadNextConfig: file flavours", () => {
  it.each<[string, Record<string, string>, string, Record<string, unknown>]>([
    ["mjs object", { "next.config.mjs": `export default { env: { K: "mjs" }, pageExtensions: ["tsx", "mdx"] }` }, "next.config.mjs", { env: { K: "mjs" } }],
    ["cjs file", { "next.config.cjs": `module.exports = { env: { K: "cjs" } }` }, "next.config.cjs", { env: { K: "cjs" } }],
    ["js in a CommonJS package", { "package.json": CJS_PKG, "next.config.js": `module.exports = { env: { K: "js-cjs" } }` }, "next.config.js", { env: { K: "js-cjs" } }],
    ["js function in a CommonJS package", { "package.json": CJS_PKG, "next.config.js": `module.exports = (phase) => ({ env: { K: phase } })` }, "next.config.js", { env: { K: "phase-production-build" } }],
    ["js in an ESM package", { "package.json": ESM_PKG, "next.config.js": `export default { env: { K: "js-esm" } }` }, "next.config.js", { env: { K: "js-esm" } }],
    [
      "ts with a type annotation and a local .ts import",
      {
        "exts.ts": `export const exts: string[] = ["tsx", "mdx"];\nexport function tag(value: string): string { return value + "!"; }`,
        "next.config.ts": [
          `import type { NextConfig } from "next";`,
          `import { exts, tag } from "./exts";`,
          `interface Extra { note: string }`,
          `const config: NextConfig & Extra = { pageExtensions: exts, env: { K: tag("ts") }, note: "typed" };`,
          `export default config;`,
        ].join("\n"),
      },
      "next.config.ts",
      { env: { K: "ts!" }, note: "typed" },
    ],
    ["mts", { "next.config.mts": `const phaseOf = (p: string): string => p;\nexport default (phase: string) => ({ env: { K: phaseOf(phase) } });` }, "next.config.mts", { env: { K: "phase-production-build" } }],
  ])("%s", async (_label, files, fileName, config) => {
    const root = project(files);
    const loaded = await loadNextConfig(root, "phase-production-build");
    expect(loaded.file).toBe(join(root, fileName));
    expect(loaded.config).toMatchObject(config);
  });

  it("pageExtensions are read from the config and stripped of a leading dot", async () => {
    const root = project({ "next.config.mjs": `export default { pageExtensions: [".tsx", "mdx"] }` });
    expect((await loadNextConfig(root, "phase-production-build")).pageExtensions).toEqual(["tsx", "mdx"]);
  });

  it("no config file → defaults", async () => {
    const root = project({ "package.json": ESM_PKG });
    expect(await loadNextConfig(root, "phase-development-server")).toEqual({ file: undefined, config: {}, pageExtensions: DEFAULT_EXTS });
  });
});

describe("loadNextConfig: function forms receive the phase", () => {
  const fn = `export default (phase, ctx) => ({ env: { PHASE: phase, HAS_DEFAULT: String(typeof ctx?.defaultConfig === "object") } })`;
  const asyncFn = `export default async (phase) => { await new Promise((r) => setTimeout(r, 5)); return { env: { PHASE: phase } }; }`;
  it.each<[string, string, NextPhase]>([
    ["sync", fn, "phase-development-server"],
    ["sync", fn, "phase-production-build"],
    ["sync", fn, "phase-production-server"],
    ["async", asyncFn, "phase-development-server"],
    ["async", asyncFn, "phase-production-build"],
  ])("%s function, %s", async (_kind, source, phase) => {
    const loaded = await loadNextConfig(project({ "next.config.mjs": source }), phase);
    expect((loaded.config.env as Record<string, string>).PHASE).toBe(phase);
    if (source === fn) expect(loaded.config.env!.HAS_DEFAULT).toBe("true");
  });
});

describe("loadNextConfig: errors name the file", () => {
  it.each<[string, string, RegExp]>([
    ["a string", `export default "not a config"`, /must export an object.*string/],
    ["null", `export default null`, /must export an object/],
    ["an array", `export default [1, 2]`, /must export an object/],
    ["a function returning a number", `export default () => 42`, /must export an object.*number/],
    ["a syntax error", `export default {`, /Failed to load/],
    ["a throwing function", `export default () => { throw new Error("boom from config") }`, /boom from config/],
  ])("%s", async (_label, source, message) => {
    const root = project({ "next.config.mjs": source });
    const error = await loadNextConfig(root, "phase-production-build").then(() => null, (e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error!.message).toMatch(/^\[vinext\]/);
    expect(error!.message).toContain(join(root, "next.config.mjs"));
    expect(error!.message).toMatch(message);
  });

  it.each([`"tsx"`, `[]`, `[1]`, `[""]`, `["tsx", null]`, `{ tsx: true }`])("invalid pageExtensions %s", async (value) => {
    const root = project({ "next.config.mjs": `export default { pageExtensions: ${value} }` });
    const error = await loadNextConfig(root, "phase-production-build").then(() => null, (e: Error) => e);
    expect(error?.message).toMatch(/^\[vinext\]/);
    expect(error?.message).toContain("pageExtensions");
    expect(error?.message).toContain(join(root, "next.config.mjs"));
  });
});

describe("warnUnsupportedKeys", () => {
  it("warns once per unsupported key across calls and never for supported keys", () => {
    const warn = vi.fn();
    const first = { reactStrictMode: true, env: {}, vinextTestKeyA: 1, vinextTestKeyB: 2 };
    expect(warnUnsupportedKeys(first, warn)).toEqual(["vinextTestKeyA", "vinextTestKeyB"]);
    expect(warn).toHaveBeenCalledTimes(2);
    expect(warnUnsupportedKeys({ vinextTestKeyA: 3, vinextTestKeyC: 4 }, warn)).toEqual(["vinextTestKeyA", "vinextTestKeyC"]);
    expect(warnUnsupportedKeys({ vinextTestKeyC: 5 }, warn)).toEqual(["vinextTestKeyC"]);
    expect(warn).toHaveBeenCalledTimes(3);
    const messages = warn.mock.calls.map(([m]) => m as string);
    for (const [i, key] of ["vinextTestKeyA", "vinextTestKeyB", "vinextTestKeyC"].entries()) {
      expect(messages[i]).toMatch(/^\[vinext\]/);
      expect(messages[i]).toContain(`"${key}"`);
    }
  });

  it("supported keys alone warn nothing", () => {
    const warn = vi.fn();
    expect(warnUnsupportedKeys({ pageExtensions: ["tsx"], env: {}, reactStrictMode: false, typescript: {}, eslint: {} }, warn)).toEqual([]);
    expect(warn).not.toHaveBeenCalled();
  });
});
