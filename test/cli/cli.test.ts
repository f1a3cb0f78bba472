// The `vinext` command line: usage errors exit 2 with usage on stderr, builds
// print a route table like `next build`, and `start` refuses non-node output.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../_harness/fixtures";
import { freePort, waitForHttp } from "../_harness/servers";
import { MINIMAL_LAYOUT, runCli, writeApp } from "../_harness/tmp-app";
import { spawn } from "node:child_process";

const version = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")).version;

describe("vinext CLI", () => {
  it("prints help and the version", async () => {
    const help = await runCli(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: vinext <command>");
    const ver = await runCli(["--version"]);
    expect(ver.code).toBe(0);
    expect(ver.stdout.trim()).toBe(version);
  });

  it.each([
    [["deploy"], /Unknown command "deploy"/],
    [["build", "--nope"], /Unknown option "--nope"/],
    [["dev", "-p", "abc"], /Invalid port/],
    [["build", "-p", "3000"], /Unknown option "-p" for "vinext build"/],
    [["start", "a", "b"], /Unexpected argument "b"/],
  ])("exits 2 with usage on stderr for %j", async (args, message) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain("Usage: vinext <command>");
    expect(result.stdout).toBe("");
  });
});

describe("vinext build and start on a plain Next.js app", () => {
  let dir: string;
  let build: Awaited<ReturnType<typeof runCli>>;

  beforeAll(async () => {
    dir = writeApp("cli-app", {
      "app/layout.tsx": MINIMAL_LAYOUT,
      "app/page.tsx": `export default function Home() { return <h1>cli home</h1>; }\n`,
      "app/posts/[id]/page.tsx": `export default async function Post({ params }: { params: Promise<{ id: string }> }) { return <h1>post {(await params).id}</h1>; }\n`,
      "app/tags/[tag]/page.tsx": `export const generateStaticParams = () => [{ tag: "a" }];\nexport default async function Tag({ params }: { params: Promise<{ tag: string }> }) { return <h1>tag {(await params).tag}</h1>; }\n`,
      "next.config.mjs": `export default (phase) => ({ compiler: { removeConsole: true }, env: { BUILD_PHASE: phase } });\n`,
      // No "type": "module": Vite would name server entries .mjs, which plugin-rsc must still find.
      "package.json": `{ "name": "cli-app", "private": true }\n`,
    });
    build = await runCli(["build", dir], { NITRO_PRESET: "" });
  });

  it("builds with the node-server preset by default and says what to run next", () => {
    expect(build.code, build.stderr).toBe(0);
    expect(build.stdout).toContain('Built for preset "node-server"');
    expect(build.stdout).toContain("vinext start");
  });

  it("prints the route table with ○/ƒ and first-load JS", () => {
    expect(build.stdout).toMatch(/○ \/\s+\d+(\.\d)? kB/);
    expect(build.stdout).toMatch(/ƒ \/posts\/\[id\]\s+\d+(\.\d)? kB/);
    expect(build.stdout).toMatch(/● \/tags\/\[tag\]\s+\d+(\.\d)? kB/);
  });

  it("warns once, by name, about next.config keys it does not support", () => {
    const all = build.stdout + build.stderr;
    expect(all.match(/next\.config: "compiler" is not supported/g)?.length).toBe(1);
    expect(all).not.toMatch(/"env" is not supported/);
  });

  it("serves the build with `vinext start -p`", async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [join(repoRoot, "bin/vinext.mjs"), "start", dir, "-p", String(port), "-H", "127.0.0.1"], { stdio: "ignore" });
    try {
      await waitForHttp(`http://127.0.0.1:${port}/`, child);
      const body = await (await fetch(`http://127.0.0.1:${port}/posts/7`)).text();
      expect(body).toContain("post <!-- -->7");
    } finally {
      child.kill();
    }
  });

  it("serves the build with `vinext start` on PORT and HOST from the environment", async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [join(repoRoot, "bin/vinext.mjs"), "start", dir], { stdio: "ignore", env: { ...process.env, PORT: String(port), HOST: "127.0.0.1" } });
    try {
      await waitForHttp(`http://127.0.0.1:${port}/`, child);
      expect((await fetch(`http://127.0.0.1:${port}/posts/8`)).status).toBe(200);
    } finally {
      child.kill();
    }
  });

  describe("with the cloudflare-module preset", () => {
    let cfDir: string;
    beforeAll(async () => {
      cfDir = writeApp("cli-app-cf", {
        "app/layout.tsx": MINIMAL_LAYOUT,
        "app/page.tsx": `export default function Home() { return <h1>cf</h1>; }\n`,
      });
    });
    afterAll(() => {});

    it("takes the preset from NITRO_PRESET, and `vinext start` refuses that output clearly", async () => {
      const result = await runCli(["build", cfDir], { NITRO_PRESET: "cloudflare-module" });
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain('Built for preset "cloudflare-module"');
      const start = await runCli(["start", cfDir]);
      expect(start.code).toBe(1);
      expect(start.stderr).toMatch(/\[vinext\] "vinext start" serves node-server builds, but .* was built for "cloudflare-module"/);
    });

    it("lets --preset win over NITRO_PRESET", async () => {
      const result = await runCli(["build", cfDir, "--preset", "node-server"], { NITRO_PRESET: "cloudflare-module" });
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain('Built for preset "node-server"');
    });
  });
});
