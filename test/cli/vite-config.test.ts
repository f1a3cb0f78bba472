// A project may keep its own vite.config: vinext merges it, and a vinext() or
// nitro() the user lists is not added a second time.
import { describe, expect, it } from "vitest";
import { createViteConfig, dedupePlugins } from "../../src/cli/vite-config";
import { MINIMAL_LAYOUT, runCli, writeApp } from "../_harness/tmp-app";

const USER_PLUGIN = `{ name: "user:marker", config: () => ({ define: { __USER_MARKER__: JSON.stringify("from-user-config") } }) }`;

function pluginNames(plugins: unknown[]): string[] {
  return (plugins.flat(Infinity) as { name?: string }[]).filter(Boolean).map((p) => p.name ?? "");
}

describe("user vite.config", () => {
  it("keeps the first plugin of each name", () => {
    expect(dedupePlugins([{ name: "a" }, { name: "b" }, { name: "a" }, {}]).map((p) => p.name)).toEqual(["a", "b", undefined]);
  });

  it("adds vinext (with Nitro) once when the user lists only their own plugins", async () => {
    const dir = writeApp("vc-plain", {
      "vite.config.ts": `export default { plugins: [${USER_PLUGIN}] };\n`,
      "app/layout.tsx": MINIMAL_LAYOUT,
    });
    const names = pluginNames((await createViteConfig(dir, "build")).plugins as unknown[]);
    expect(names.filter((n) => n === "vinext:config")).toHaveLength(1);
    expect(names.filter((n) => n === "nitro:init")).toHaveLength(1);
    expect(names).toContain("user:marker");
  });

  it("does not duplicate vinext() or nitro() listed by the user, and the build uses the user's config", async () => {
    const dir = writeApp("vc-listed", {
      "vite.config.ts": [
        `import { vinext } from "vinext";`,
        `import { nitro } from "nitro/vite";`,
        `export default { plugins: [vinext(), nitro(), ${USER_PLUGIN}] };`,
      ].join("\n"),
      "app/layout.tsx": MINIMAL_LAYOUT,
      "app/page.tsx": `declare const __USER_MARKER__: string;\nexport default function Page() { return <p id="marker">{__USER_MARKER__}</p>; }\n`,
    });
    const names = pluginNames((await createViteConfig(dir, "build")).plugins as unknown[]);
    expect(names.filter((n) => n === "vinext:config")).toHaveLength(1);
    expect(names.filter((n) => n === "nitro:init")).toHaveLength(1);

    const build = await runCli(["build", dir]);
    expect(build.code, build.stdout + build.stderr).toBe(0);
    const { startNodeOutput } = await import("../_harness/servers");
    const server = await startNodeOutput(dir);
    try {
      expect(await (await fetch(`${server.url}/`)).text()).toContain("from-user-config");
    } finally {
      await server.stop();
    }
  });
});
