// Vitest global setup: builds each playground app once per preset before the
// preset suites and the browser tests run against the output.
// VINEXT_TEST_FIXTURES=pipeline-node,pipeline-cf builds only the listed ones
// (for a quick run of one suite).
import { buildFixture, copyFixture } from "./fixtures";

export const FIXTURES = [
  { app: "app", preset: "node-server", name: "app-node" },
  { app: "app", preset: "cloudflare-module", name: "app-cf" },
  // The request pipeline (middleware, next.config routing): test/presets/pipeline-suite.ts.
  { app: "pipeline", preset: "node-server", name: "pipeline-node" },
  { app: "pipeline", preset: "cloudflare-module", name: "pipeline-cf" },
  // The Pages Router (with a hybrid app/ folder): test/presets/pages-suite.ts.
  { app: "pages", preset: "node-server", name: "pages-node" },
  { app: "pages", preset: "cloudflare-module", name: "pages-cf" },
  // The vercel and netlify outputs, served like the platforms (test/_harness/platform-host.mjs).
  { app: "cache", preset: "vercel", name: "cache-vercel" },
  { app: "cache", preset: "netlify", name: "cache-netlify" },
] as const;

export default function setup() {
  const only = process.env.VINEXT_TEST_FIXTURES?.split(",").map((name) => name.trim());
  for (const { app, preset, name } of FIXTURES) {
    if (only && !only.includes(name)) continue;
    buildFixture(copyFixture(app, name), preset);
  }
}
