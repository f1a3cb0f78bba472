// The one conformance suite over the playground app. Each preset file only says
// how to start its output; the assertions live in suites/*.ts, one file per
// area (foundation, route handlers, actions, ...), each citing the Next.js tests
// it follows. Every area runs against every preset.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect } from "vitest";
import { seedFileFor } from "../../src/runtime/server/isr-seed";
import type { RunningServer } from "../_harness/servers";

export interface PresetTarget {
  name: string;
  /** The built fixture folder (holds .output). */
  dir: string;
  start: () => Promise<RunningServer>;
  /**
   * The platform's image CDN answers `/_next/image` (vercel: `/_vercel/image`, netlify:
   * `/.netlify/images`), which the local stand-ins do not emulate: optimiser cases are skipped.
   */
  platformImages?: boolean;
}

/**
 * Where a build put its public files and its server bundle, as Nitro recorded it
 * (node_modules/.nitro/last-build.json → nitro.json): `.output/public` and
 * `.output/server` on node-server and Workers, `.vercel/output/static` and
 * `functions/__server.func` on vercel, `dist/` and `.netlify/functions-internal/server` on netlify.
 */
export function outputOf(target: { dir: string }): { publicDir: string; serverDir: string } {
  const marker = join(target.dir, "node_modules/.nitro/last-build.json");
  const outputDir = existsSync(marker) ? resolve(marker, JSON.parse(readFileSync(marker, "utf8")).outputDir) : join(target.dir, ".output");
  const info = JSON.parse(readFileSync(join(outputDir, "nitro.json"), "utf8")) as { publicDir?: string; serverEntry?: string };
  return { publicDir: resolve(outputDir, info.publicDir ?? "public"), serverDir: dirname(resolve(outputDir, info.serverEntry ?? "server/index.mjs")) };
}

/** True for targets that are production builds (the dev server has no .output and no hashed assets). */
/**
 * True when the build pre-rendered the URL `path` (a page or its `.rsc` Flight):
 * pages are kept as ISR seeds, not as public files (src/runtime/server/isr-seed.ts).
 */
export function prerendered(target: { dir: string }, path: string): boolean {
  return existsSync(join(outputOf(target).publicDir, seedFileFor(path)));
}

export function isBuild(target: PresetTarget): boolean {
  return target.name !== "dev";
}

export interface SuiteContext {
  target: PresetTarget;
  server: () => RunningServer;
  /** fetch without following redirects. */
  get: (path: string, init?: RequestInit) => Promise<Response>;
  /** GET `path`, assert the status, return the body. */
  html: (path: string, status?: number) => Promise<string>;
}

/** The text inside the first element with `data-testid`, with React's text separators removed. */
export function text(html: string, testId: string): string | undefined {
  const match = new RegExp(`data-testid="${testId}"[^>]*>([\\s\\S]*?)</`).exec(html);
  return match?.[1]?.replace(/<!-- -->/g, "");
}

/** `get` (no redirect following) and `html` (GET, assert the status, return the body) against a running server. */
export function serverFetchers(current: () => RunningServer) {
  const get = (path: string, init?: RequestInit) => fetch(current().url + path, { redirect: "manual", ...init });
  const html = async (path: string, status = 200) => {
    const res = await get(path);
    const body = await res.text();
    expect(res.status, `${path}: ${body.slice(0, 300)}\n${current().logs()}`).toBe(status);
    return body;
  };
  return { get, html };
}

const areas = import.meta.glob<{ default: (ctx: SuiteContext) => void }>("./suites/*.ts", { eager: true });

type Area<Target> = { default: (ctx: { target: Target; server: () => RunningServer } & ReturnType<typeof serverFetchers>) => void };

/**
 * One describe per target: starts its server once and runs every area file
 * (from an `import.meta.glob`) against it, each in a describe named after the file.
 */
export function areaSuite<Target extends { name: string; start: () => Promise<RunningServer> }>(title: string, target: Target, files: Record<string, Area<Target>>) {
  describe(`${target.name}: ${title}`, () => {
    let server: RunningServer;
    const { get, html } = serverFetchers(() => server);

    beforeAll(async () => {
      server = await target.start();
    });
    afterAll(async () => {
      await server?.stop();
    });

    for (const [file, area] of Object.entries(files)) {
      describe(file.replace(/^\.\/[^/]+\/|\.ts$/g, ""), () => area.default({ target, server: () => server, get, html }));
    }
  });
}

export function conformanceSuite(target: PresetTarget) {
  areaSuite("playground app", target, areas);
}
