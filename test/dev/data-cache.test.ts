// The data-cache area of the cache suite (test/presets/cache/data-cache.ts)
// against `vinext dev`: fetch, unstable_cache and 'use cache' keep entries in
// an in-memory store there, as Next keeps its data cache in dev. The ISR areas
// do not apply (dev renders every page).
import { afterAll, beforeAll, describe } from "vitest";
import { copyFixture } from "../_harness/fixtures";
import { startDevServer, type RunningServer } from "../_harness/servers";
import { serverFetchers } from "../presets/_suite";
import dataCache from "../presets/cache/data-cache";

const dir = copyFixture("cache", "dev-data-cache");

describe("dev: data cache", () => {
  let server: RunningServer;
  const { get, html } = serverFetchers(() => server);
  beforeAll(async () => {
    server = await startDevServer(dir);
  });
  afterAll(async () => {
    await server?.stop();
  });
  dataCache({ target: { name: "dev", dir, start: () => startDevServer(dir) }, server: () => server, get, html });
});
