// The 'use cache' build transform (src/vite/use-cache-plugin.ts) on source
// text: inline directives hoisted and wrapped with their id and kind, file-level
// directives wrapping every exported function, and Next's build errors (flag
// missing, non-async function). Docs: app/api-reference/directives/use-cache.
import { parseAst } from "vite";
import { describe, expect, it } from "vitest";
import { useCachePlugin } from "../../src/vite/use-cache-plugin";
import type { ResolvedOptions } from "../../src/vite/options";

const warnings: string[] = [];

function transform(code: string, nextConfig: Record<string, unknown> = { experimental: { useCache: true } }, env = "rsc") {
  const plugin = useCachePlugin(() => ({ nextConfig, nextConfigFile: "next.config.mjs" }) as unknown as ResolvedOptions);
  const handler = (plugin.transform as { handler: (code: string, id: string) => { code: string } | undefined }).handler;
  const context = {
    environment: { name: env, config: { root: "/app" } },
    parse: (source: string) => parseAst(source),
    warn: (message: string) => warnings.push(message),
    error(error: { message: string } | string) {
      throw new Error(typeof error === "string" ? error : error.message);
    },
  };
  return handler.call(context, code, "/app/app/lib/data.ts")?.code;
}

describe("'use cache' transform", () => {
  it("hoists an inline 'use cache' function and wraps it with its id and kind", () => {
    const out = transform(`export async function getData(id) {\n  "use cache";\n  return id;\n}\n`)!;
    expect(out).toMatch(/__vinext_cachedFunction\(\$\$hoist_0_getData\$\$impl, "app\/lib\/data\.ts#\$\$hoist_0_getData", "public"\)/);
    expect(out).toContain("import { cachedFunction as __vinext_cachedFunction } from");
  });

  it("binds closure variables as leading arguments (part of the key)", () => {
    const out = transform(`export function Outer({ user }) {\n  const load = async (q) => {\n    "use cache: private";\n    return user + q;\n  };\n  return load;\n}\n`)!;
    expect(out).toMatch(/\.bind\(null, user\)/);
    expect(out).toContain('"private"');
  });

  it("wraps every exported function of a file-level 'use cache' module and drops the directive", () => {
    const out = transform(`"use cache";\nexport async function a() { return 1; }\nexport default async function Page() { return null; }\nexport const revalidate = 60;\n`)!;
    expect(out).toMatch(/__vinext_cachedFunction\(a, "app\/lib\/data\.ts#a", "public"\)/);
    expect(out).toMatch(/__vinext_cachedFunction\(Page, "app\/lib\/data\.ts#default", "public"\)/);
    expect(out).not.toMatch(/^"use cache"/);
    expect(out).toContain("revalidate = 60");
  });

  it("leaves other environments and files without the directive alone", () => {
    expect(transform(`export async function a() {\n  "use cache";\n  return 1;\n}\n`, undefined, "ssr")).toBeUndefined();
    expect(transform(`export const note = "we use cache headers";\n`)).toBeUndefined();
    // The directive's words inside a string are not a directive (no flag needed).
    expect(transform(`export const hint = "or use 'use cache: private'";\n`, {})).toBeUndefined();
  });

  it("fails like Next without experimental.useCache / cacheComponents, and for a sync function", () => {
    expect(() => transform(`export async function a() {\n  "use cache";\n  return 1;\n}\n`, {})).toThrow(/needs `experimental: \{ useCache: true \}`/);
    expect(() => transform(`export function a() {\n  "use cache";\n  return 1;\n}\n`)).toThrow(/\[vinext\] app\/lib\/data\.ts: .*async/);
    expect(() => transform(`export function a() {\n  "use cache";\n  return 1;\n}\n`)).not.toThrow(/needs `experimental/);
  });

  // fetchCache is applied by the fetch patch at request time (runtime/server/fetch-plan.ts): no warning here.
  it("leaves a route segment `fetchCache` export alone, without a warning", () => {
    expect(transform(`export const fetchCache = "force-no-store";\nexport default function Page() { return null; }\n`)).toBeUndefined();
    expect(warnings.filter((w) => w.includes("fetchCache"))).toEqual([]);
  });
});
