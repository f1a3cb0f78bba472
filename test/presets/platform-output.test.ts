// The vercel and netlify builds of playground/cache checked against the
// platforms' documented output formats (they cannot be deployed from here):
// Vercel Build Output API v3 (https://vercel.com/docs/build-output-api/v3:
// config.json `version: 3` and `routes`, functions/<name>.func/.vc-config.json,
// <name>.prerender-config.json for ISR) and Netlify functions v2 through the
// Frameworks API (https://docs.netlify.com/build/frameworks/frameworks-api/:
// .netlify/functions-internal/<name>/ with an exported `config`, the publish dir).
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { VERCEL_RUNTIME } from "../../src/nitro/vercel";
import { seedFileFor } from "../../src/runtime/server/isr-seed";
import { repoRoot, tmpRoot } from "../_harness/fixtures";

const json = (file: string) => JSON.parse(readFileSync(file, "utf8"));
/** `export const revalidate = N` of a playground/cache page. */
const revalidateOf = (page: string) => Number(/export const revalidate = (\d+)/.exec(readFileSync(join(repoRoot, "playground/cache/app", page, "page.tsx"), "utf8"))![1]);

describe("vercel output (Build Output API v3)", () => {
  const output = join(tmpRoot, "cache-vercel/.vercel/output");
  const functions = join(output, "functions");

  it("has config.json version 3 whose routes check the filesystem before falling back to the function", () => {
    const config = json(join(output, "config.json"));
    expect(config.version).toBe(3);
    const handles = config.routes.map((route: { handle?: string; dest?: string }) => route.handle ?? route.dest);
    expect(handles).toContain("filesystem");
    expect(config.routes.at(-1)).toEqual({ src: "/(.*)", dest: "/__server" });
    expect(handles.indexOf("filesystem")).toBeLessThan(handles.indexOf("/__server"));
  });

  it("keeps ISR seeds out of `overrides` (Vercel would serve the seed file as the page)", () => {
    const config = json(join(output, "config.json"));
    expect(Object.keys(config.overrides ?? {}).filter((file) => file.includes("__vinext-isr"))).toEqual([]);
    expect(existsSync(join(output, "static", seedFileFor("/isr/timed")))).toBe(true);
  });

  it("declares the function with an explicit runtime, not the build machine's Node", () => {
    const vc = json(join(functions, "__server.func/.vc-config.json"));
    expect(vc).toMatchObject({ runtime: VERCEL_RUNTIME, handler: "index.mjs", launcherType: "Nodejs", supportsResponseStreaming: true });
    expect(existsSync(join(functions, "__server.func", vc.handler))).toBe(true);
  });

  it("turns App pages with `revalidate = N` into prerender functions expiring after N, page and Flight URL", () => {
    for (const [name, page] of [["isr/timed", "isr/timed"], ["isr/timed.rsc", "isr/timed"], ["isr/counted", "isr/counted"], ["isr/fragile", "isr/fragile"]] as const) {
      const expiration = revalidateOf(page);
      const prerender = json(join(functions, `${name}-isr.prerender-config.json`));
      expect(prerender.expiration, name).toBe(expiration);
      // The query is not part of the cache key (a static page cannot read it); Nitro's route param is.
      expect(prerender.allowQuery, name).toEqual(["__isr_route"]);
      // Draft mode (`__prerender_bypass=<token>`) skips the prerender cache.
      expect(prerender.bypassToken, name).toMatch(/^[0-9a-f]{32,}$/);
      expect(lstatSync(join(functions, `${name}-isr.func`)).isSymbolicLink(), name).toBe(true);
      expect(realpathSync(join(functions, `${name}-isr.func`))).toBe(realpathSync(join(functions, "__server.func")));
    }
    const config = json(join(output, "config.json"));
    expect(config.routes).toContainEqual({ src: "(?<__isr_route>/isr/timed)", dest: "/isr/timed-isr?__isr_route=$__isr_route" });
  });

  it("gives no ISR rule to dynamic pages, pages without revalidate, or swr-style caching", () => {
    // /isr/on-demand and /isr/posts/[slug] have no `revalidate`; /dynamic reads cookies.
    for (const name of ["isr/on-demand", "isr/posts/[p0]", "dynamic", "index"]) {
      expect(existsSync(join(functions, `${name}-isr.prerender-config.json`)), name).toBe(false);
    }
    expect(readFileSync(join(output, "config.json"), "utf8")).not.toContain("swr");
  });
});

describe("netlify output (functions v2, Frameworks API)", () => {
  const root = join(tmpRoot, "cache-netlify");
  const server = join(root, ".netlify/functions-internal/server");

  it("exports a v2 handler with a path config that lets static files win", () => {
    const source = readFileSync(join(server, "server.mjs"), "utf8");
    expect(source).toMatch(/export \{ default \} from "\.\/main\.mjs"/);
    expect(source).toMatch(/path: "\/\*"/);
    expect(source).toMatch(/preferStatic: true/);
    expect(source).toMatch(/excludedPath: \["\/\.netlify\/\*"\]/);
    expect(existsSync(join(server, "main.mjs"))).toBe(true);
  });

  it("publishes client assets (immutable) and the ISR seeds in dist/", () => {
    expect(readdirSync(join(root, "dist/assets")).length).toBeGreaterThan(0);
    expect(readFileSync(join(root, "dist/_headers"), "utf8")).toMatch(/\/assets\/\*\n\s+cache-control: public, max-age=31536000, immutable/);
    expect(existsSync(join(root, "dist", seedFileFor("/isr/timed")))).toBe(true);
  });

  it("bundles the netlify-blobs driver with the vinext-isr store", () => {
    const libs = readdirSync(join(server, "_libs"), { recursive: true }).map(String);
    expect(libs.some((file) => file.includes("netlify"))).toBe(true);
    const code = readdirSync(server, { recursive: true }).map(String).filter((file) => file.endsWith(".mjs")).map((file) => readFileSync(join(server, file), "utf8")).join("\n");
    expect(code).toMatch(/mount\("isr", driver\(\{\s*"name": "vinext-isr"/);
  });
});
