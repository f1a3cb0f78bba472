// Test builds pick the ISR store with VINEXT_TEST_STORE (test/_harness/build-fixtures.ts):
// unset = the preset's default (fs on Node, KV on Workers); "redis:<url>" = a shared
// Redis; "chaos" = a store a test can make throw or return garbage (chaos-driver.mjs).
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const store = process.env.VINEXT_TEST_STORE;
const isr =
  store?.startsWith("redis:") ? { driver: "redis", url: store.slice("redis:".length) }
  : store === "chaos" ? { driver: fileURLToPath(new URL("./chaos-driver.mjs", import.meta.url)) }
  : undefined;

export default defineConfig({ nitro: isr ? { storage: { isr } } : {} });
