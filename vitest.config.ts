import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Projects: pure unit tests, the shared preset suite over real production
// output (node + workerd) with the Chromium tests, dev-server tests, and CLI/build tests.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 240_000,
    projects: [
      {
        extends: true,
        // Runtime modules read build values from a virtual module; unit tests get a fixed stand-in.
        resolve: { alias: { "virtual:vinext/server-config": fileURLToPath(new URL("./test/unit/_stubs/server-config.ts", import.meta.url)) } },
        test: { name: "unit", include: ["test/unit/**/*.test.ts", "test/guards/**/*.test.ts"] },
      },
      {
        extends: true,
        test: {
          name: "presets",
          include: ["test/presets/**/*.test.ts", "test/e2e/**/*.test.ts"],
          globalSetup: ["test/_harness/build-fixtures.ts"],
        },
      },
      { extends: true, test: { name: "dev", include: ["test/dev/**/*.test.ts"], fileParallelism: false } },
      { extends: true, test: { name: "cli", include: ["test/cli/**/*.test.ts"] } },
    ],
  },
});
