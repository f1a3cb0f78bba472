// The ISR mount per preset, and the build error for a driver whose library is
// missing (Nitro must never install it by itself).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { assertDriverInstalled, defaultIsrMount, KV_BINDING } from "../../src/nitro/storage";
import { repoRoot } from "../_harness/fixtures";

const bare = mkdtempSync(join(tmpdir(), "vinext-no-drivers-"));
afterAll(() => rmSync(bare, { recursive: true, force: true }));

describe("defaultIsrMount", () => {
  it.each([
    ["node-server", "fs"],
    ["node-cluster", "fs"],
    ["bun", "fs"],
    ["cloudflare-module", "cloudflare-kv-binding"],
    ["netlify", "netlify-blobs"],
    ["vercel", "vercel-runtime-cache"],
    ["aws-lambda", "memory"],
  ])("%s → %s", (preset, driver) => {
    expect(defaultIsrMount(preset, "/app").driver).toBe(driver);
  });

  it("keeps fs entries under an absolute folder of the app, and KV under the documented binding", () => {
    expect(defaultIsrMount("node-server", "/srv/app")).toEqual({ driver: "fs", base: "/srv/app/.vinext/isr" });
    expect(defaultIsrMount("cloudflare-module", "/app")).toMatchObject({ binding: KV_BINDING });
  });
});

describe("assertDriverInstalled", () => {
  it.each([
    ["redis", "ioredis"],
    ["netlify-blobs", "@netlify/blobs"],
    ["vercel-runtime-cache", "@vercel/functions"],
  ])("fails the build naming the package when the %s driver's library is missing", (driver, pkg) => {
    expect(() => assertDriverInstalled({ driver }, bare, "some-preset")).toThrow(`needs the package "${pkg}". Install it: npm install ${pkg}`);
  });

  it("passes when the library is installed, and for drivers without one", () => {
    expect(() => assertDriverInstalled({ driver: "redis" }, repoRoot, "node-server")).not.toThrow();
    expect(() => assertDriverInstalled({ driver: "fs" }, bare, "node-server")).not.toThrow();
  });
});
