// `vinext dev` applies middleware.ts edits on the next request, without a restart,
// as `next dev` does: a changed branch and a changed matcher take effect at once,
// and a public file added while the server runs goes through middleware too.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { copyFixture } from "../_harness/fixtures";
import { startDevServer, type RunningServer } from "../_harness/servers";

describe("vinext dev: editing middleware", () => {
  let dir: string;
  let server: RunningServer;
  const get = (path: string) => fetch(server.url + path, { redirect: "manual" });

  beforeAll(async () => {
    dir = copyFixture("pipeline", "dev-pipeline-hmr");
    server = await startDevServer(dir);
    await vi.waitFor(async () => expect((await get("/mw-response")).status).toBe(201), { timeout: 30_000, interval: 250 });
  });
  afterAll(() => server?.stop());

  it("applies an edited middleware on the next request", async () => {
    const file = join(dir, "middleware.ts");
    writeFileSync(file, readFileSync(file, "utf8").replace('"plain from middleware", { status: 201', '"edited middleware", { status: 202'));
    await vi.waitFor(
      async () => {
        const res = await get("/mw-response");
        expect([res.status, await res.text()]).toEqual([202, "edited middleware"]);
      },
      { timeout: 20_000, interval: 250 },
    );
  });

  it("applies an edited matcher", async () => {
    expect((await get("/skip-mw")).headers.get("x-middleware-ran")).toBeNull();
    const file = join(dir, "middleware.ts");
    writeFileSync(file, readFileSync(file, "utf8").replace('"/((?!skip-mw|favicon\\\\.ico).*)"', '"/((?!favicon\\\\.ico).*)"'));
    await vi.waitFor(async () => expect((await get("/skip-mw")).headers.get("x-middleware-ran")).toBe("/skip-mw"), { timeout: 20_000, interval: 250 });
  });

  it("serves a public file added while running, through middleware", async () => {
    writeFileSync(join(dir, "public/added.txt"), "added later\n");
    const res = await get("/added.txt");
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("added later\n");
    expect(res.headers.get("x-middleware-ran")).toBe("/added.txt");
  });
});
