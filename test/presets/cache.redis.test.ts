// The cache suite on node-server with a shared Redis store (a real redis-server),
// and two server instances of one build seeing each other's entries and revalidations.
import { readFileSync } from "node:fs";
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
  const via = (server: () => RunningServer) => (path: string, init?: RequestInit) => fetch(server().url + path, { redirect: "manual", ...init });

  it("serves one instance's stored page from the other, and both see a revalidation made on one", async () => {
    const path = `/isr/posts/shared-${Date.now()}`;
    const first = await visit(via(() => a), path);
    expect(first.cache).toBe("MISS");
    const fromB = await visitUntil(via(() => b), path, (v) => v.cache === "HIT");
    expect(fromB.stamp).toBe(first.stamp);
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
