// Nitro presets beyond node-server / cloudflare-module / vercel / netlify build a
// working output (issue 6, "Presets"): each build names its preset in nitro.json
// and writes its entry; node-cluster is served for real with `vinext start` (the
// command the build prints) and aws-lambda's handler is called with an API
// Gateway v2 event. bun and deno-server are not installed here: their entries
// are checked to start the runtime's own server. ISR storage per preset: README
// "Deploying" (fs for bun/deno-server/node-cluster, memory for aws-lambda).
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cliPath } from "../_harness/fixtures";
import { freePort, spawnServer, type RunningServer } from "../_harness/servers";
import { MINIMAL_LAYOUT, runCli, writeApp } from "../_harness/tmp-app";

const PAGE = `export default function Page() { return <p id="greeting">hello from vinext</p>; }\n`;

function build(preset: string) {
  const dir = writeApp(`preset-${preset}`, { "app/layout.tsx": MINIMAL_LAYOUT, "app/page.tsx": PAGE });
  return { dir, result: runCli(["build", dir, "--preset", preset]) };
}

function bundleText(dir: string): string {
  const server = join(dir, ".output/server");
  return readdirSync(server, { recursive: true }).map(String).filter((file) => file.endsWith(".mjs")).map((file) => readFileSync(join(server, file), "utf8")).join("\n");
}

describe("vinext build with other Nitro presets", () => {
  let cluster: RunningServer | undefined;
  afterAll(async () => {
    await cluster?.stop();
  });

  it.each([
    ["bun", "Bun.serve"],
    ["deno-server", "Deno.serve"],
  ])("%s: builds an entry that starts the runtime's server", async (preset, serve) => {
    const { dir, result } = build(preset);
    const { code, stdout, stderr } = await result;
    expect(code, stdout + stderr).toBe(0);
    expect(stdout).toContain(`Built for preset "${preset}"`);
    const info = JSON.parse(readFileSync(join(dir, ".output/nitro.json"), "utf8"));
    expect(info).toMatchObject({ preset, serverEntry: "server/index.mjs" });
    expect(existsSync(join(dir, ".output/server/index.mjs"))).toBe(true);
    expect(bundleText(dir)).toContain(serve);
  });

  it("aws-lambda: the handler answers an API Gateway v2 event with the rendered page", async () => {
    const { dir, result } = build("aws-lambda");
    const { code, stdout, stderr } = await result;
    expect(code, stdout + stderr).toBe(0);
    const entry = join(dir, ".output/server/index.mjs");
    // A separate Node process: the handler is called the way Lambda's Node runtime calls it.
    const script = `const { handler } = await import(${JSON.stringify(`file://${entry}`)});
const res = await handler({ version: "2.0", rawPath: "/", rawQueryString: "", headers: { host: "example.com", accept: "text/html" }, cookies: [], requestContext: { http: { method: "GET", path: "/", sourceIp: "127.0.0.1" }, domainName: "example.com" }, isBase64Encoded: false }, {});
process.stdout.write(JSON.stringify({ status: res.statusCode, type: res.headers["content-type"], body: res.body }));`;
    const answer = JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: dir, encoding: "utf8" }));
    expect(answer.status).toBe(200);
    expect(answer.type).toMatch(/^text\/html/);
    expect(answer.body).toMatch(/<p id="greeting">hello from vinext<\/p>/);
  });

  it("node-cluster: `vinext start` serves the page from cluster workers", async () => {
    const { dir, result } = build("node-cluster");
    const { code, stdout, stderr } = await result;
    expect(code, stdout + stderr).toBe(0);
    expect(stdout).toContain("vinext start");
    const port = await freePort();
    cluster = await spawnServer(process.execPath, [cliPath, "start", dir, "-p", String(port), "-H", "127.0.0.1"], { cwd: dir, port, env: { NITRO_CLUSTER_WORKERS: "2" } });
    const res = await fetch(`${cluster.url}/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/<p id="greeting">hello from vinext<\/p>/);
    expect(cluster.logs()).toMatch(/Worker #\d+ started/);
  });
});
