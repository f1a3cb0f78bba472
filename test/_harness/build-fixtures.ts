// Vitest global setup: builds each playground app once per preset before the
// preset suites and the browser tests run against the output.
// VINEXT_TEST_FIXTURES=pipeline-node,pipeline-cf builds only the listed ones
// (for a quick run of one suite).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildFixture, copyFixture } from "./fixtures";
import { freePort } from "./servers";

interface Fixture {
  app: string;
  preset: string;
  name: string;
  /** Which ISR store the build mounts (playground/cache/vite.config.ts); the preset's default when unset. */
  store?: "redis" | "chaos";
}

export const FIXTURES: readonly Fixture[] = [
  { app: "app", preset: "node-server", name: "app-node" },
  { app: "app", preset: "cloudflare-module", name: "app-cf" },
  // The request pipeline (middleware, next.config routing): test/presets/pipeline-suite.ts.
  { app: "pipeline", preset: "node-server", name: "pipeline-node" },
  { app: "pipeline", preset: "cloudflare-module", name: "pipeline-cf" },
  // The Pages Router (with a hybrid app/ folder): test/presets/pages-suite.ts.
  { app: "pages", preset: "node-server", name: "pages-node" },
  { app: "pages", preset: "cloudflare-module", name: "pages-cf" },
  // ISR and the data cache on each store: test/presets/cache-suite.ts.
  { app: "cache", preset: "node-server", name: "cache-node" },
  { app: "cache", preset: "cloudflare-module", name: "cache-cf" },
  { app: "cache", preset: "node-server", name: "cache-redis", store: "redis" },
  { app: "cache", preset: "node-server", name: "cache-chaos", store: "chaos" },
  // The vercel and netlify outputs, served like the platforms (test/_harness/platform-host.mjs).
  { app: "cache", preset: "vercel", name: "cache-vercel" },
  { app: "cache", preset: "netlify", name: "cache-netlify" },
  { app: "app", preset: "vercel", name: "app-vercel" },
  { app: "app", preset: "netlify", name: "app-netlify" },
];

/** The file where a Redis fixture records the port its build points at (the test starts redis-server there). */
export const REDIS_PORT_FILE = "redis-port";

export default async function setup() {
  const only = process.env.VINEXT_TEST_FIXTURES?.split(",").map((name) => name.trim());
  for (const { app, preset, name, store } of FIXTURES) {
    if (only && !only.includes(name)) continue;
    const dir = copyFixture(app, name);
    let testStore: string | undefined = store;
    if (store === "redis") {
      const port = await freePort();
      writeFileSync(join(dir, REDIS_PORT_FILE), String(port));
      testStore = `redis:redis://127.0.0.1:${port}`;
    }
    buildFixture(dir, preset, testStore ? { VINEXT_TEST_STORE: testStore } : {});
  }
}
