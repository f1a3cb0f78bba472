// output: "standalone" (docs "output": a folder that runs with `node` alone, no
// project node_modules; Next: test/integration/standalone-mode ... and
// test/production/standalone-mode): the node-server output folder `.output/`
// is that folder. A copy outside the project serves pages, public files and a
// package kept external with serverExternalPackages (traced into the output).
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNodeOutput, type RunningServer } from "../_harness/servers";
import { MINIMAL_LAYOUT, runCli, writeApp } from "../_harness/tmp-app";

describe("output: standalone", () => {
  let server: RunningServer;
  let copy: string;

  beforeAll(async () => {
    const dir = writeApp("standalone-app", {
      "app/layout.tsx": MINIMAL_LAYOUT,
      "app/page.tsx": `import { greet } from "ext-greeter";\nexport const dynamic = "force-dynamic";\nexport default function Page() { return <h1 data-testid="title">{greet("standalone")}</h1>; }\n`,
      "pages/legacy.tsx": `export const getServerSideProps = async () => ({ props: { at: "ssr" } });\nexport default function Legacy({ at }: { at: string }) { return <p data-testid="legacy">pages {at}</p>; }\n`,
      "public/file.txt": "public file\n",
      // A dependency only the app's own node_modules has: the copy must carry it.
      "node_modules/ext-greeter/package.json": JSON.stringify({ name: "ext-greeter", version: "1.0.0", type: "module", exports: "./index.js" }),
      "node_modules/ext-greeter/index.js": `export function greet(name) { return "hello " + name + " from ext-greeter"; }\n`,
      "next.config.mjs": `export default { output: "standalone", serverExternalPackages: ["ext-greeter"] };\n`,
    });
    const built = await runCli(["build", dir]);
    if (built.code !== 0) throw new Error(built.stdout + built.stderr);
    // Outside the repository: no node_modules above it to fall back on.
    copy = mkdtempSync(join(tmpdir(), "vinext-standalone-"));
    cpSync(join(dir, ".output"), join(copy, ".output"), { recursive: true });
    rmSync(join(dir, ".output"), { recursive: true, force: true });
    server = await startNodeOutput(copy);
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it("serves app pages with the external package, pages/ pages and public files from the copied folder", async () => {
    const home = await fetch(server.url + "/");
    expect(home.status).toBe(200);
    expect(await home.text()).toContain("hello standalone from ext-greeter");
    expect(await (await fetch(server.url + "/legacy")).text()).toContain("pages <!-- -->ssr");
    expect(await (await fetch(server.url + "/file.txt")).text()).toBe("public file\n");
  });
});
