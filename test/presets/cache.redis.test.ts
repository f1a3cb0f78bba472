// The cache suite on node-server with a shared Redis store (a real redis-server),
// and two server instances of one build seeing each other's entries and revalidations.
import { readFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REDIS_PORT_FILE } from "../_harness/build-fixtures";
import { tmpRoot } from "../_harness/fixtures";
import { startRedis, type RunningRedis } from "../_harness/redis";
import { startNodeOutput, type RunningServer } from "../_harness/servers";
import { cacheSuite, visit, visitUntil } from "./cache-suite";

const dir = join(tmpRoot, "cache-redis");
let redis: RunningRedis | undefined;

beforeAll(async () => {
  redis = await startRedis(Number(readFileSync(join(dir, REDIS_PORT_FILE), "utf8")));
});
afterAll(async () => {
  await redis?.stop();
});

cacheSuite({ name: "node-server (Redis)", dir, start: () => startNodeOutput(dir), store: "redis" });

describe("node-server (Redis): two instances share one cache", () => {
  let a: RunningServer;
  let b: RunningServer;
  beforeAll(async () => {
    [a, b] = await Promise.all([startNodeOutput(dir), startNodeOutput(dir)]);
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
  });
  // Instances behind one load balancer see the same Host; entries are kept per host, so say so
  // (fetch cannot set Host: node:http can).
  const via = (server: () => RunningServer) => (path: string, init?: RequestInit) =>
    new Promise<Response>((resolve, reject) => {
      const target = new URL(server().url + path);
      const req = httpRequest(target, { method: init?.method ?? "GET", headers: { host: "shop.example" } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          const headers = new Headers();
          for (const [name, value] of Object.entries(res.headers)) if (typeof value === "string") headers.set(name, value);
          resolve(new Response(Buffer.concat(chunks), { status: res.statusCode, headers }));
        });
      });
      req.on("error", reject);
      req.end();
    });

  it("serves one instance's stored page from the other, and both see a revalidation made on one", async () => {
    const path = `/isr/posts/shared-${Date.now()}`;
    expect((await visit(via(() => a), path)).cache).toBe("MISS");
    // A stores its render once streamed; from then on B serves that same copy.
    const first = await visitUntil(via(() => a), path, (v) => v.cache === "HIT");
    expect(await visit(via(() => b), path)).toMatchObject({ cache: "HIT", stamp: first.stamp });
    const revalidated = await via(() => a)(`/api/isr/revalidate?path=${encodeURIComponent(path)}`, { method: "POST" });
    expect(revalidated.status).toBe(200);
    const afterOnB = await visit(via(() => b), path);
    expect(afterOnB).toMatchObject({ cache: "MISS" });
    expect(afterOnB.stamp).not.toBe(first.stamp);
    // B stores a render once streamed; from then on A serves that same copy.
    const storedByB = await visitUntil(via(() => b), path, (v) => v.cache === "HIT");
    expect(storedByB.stamp).not.toBe(first.stamp);
    expect(await visit(via(() => a), path)).toMatchObject({ cache: "HIT", stamp: storedByB.stamp });
  });
});
