// next/image on Workers with the Cloudflare Images binding: the app's wrangler.json
// declares `images: { binding: "IMAGES" }`, Nitro keeps it in the generated config,
// and `/_next/image` resizes through the binding in workerd (Miniflare's local Images
// service) instead of serving the original. Without the binding the preset suite
// (test/presets/suites/images.ts) checks the original-with-notice path.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startWorkerdOutput, type RunningServer } from "../_harness/servers";
import { MINIMAL_LAYOUT, runCli, writeApp } from "../_harness/tmp-app";

describe("cloudflare-module with an IMAGES binding", () => {
  let server: RunningServer;
  beforeAll(async () => {
    const dir = writeApp("image-workers", {
      "app/layout.tsx": MINIMAL_LAYOUT,
      "app/page.tsx": `export default function Page() { return <p>home</p>; }\n`,
      "wrangler.json": JSON.stringify({ images: { binding: "IMAGES" } }),
    });
    mkdirSync(join(dir, "public"), { recursive: true });
    writeFileSync(join(dir, "public/wide.png"), await sharp({ create: { width: 1200, height: 400, channels: 3, background: "#3b82f6" } }).png().toBuffer());
    const result = await runCli(["build", dir, "--preset", "cloudflare-module"]);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    server = await startWorkerdOutput(dir);
  });
  afterAll(() => server?.stop());

  it("resizes through the binding to the asked width and format", async () => {
    const res = await fetch(`${server.url}/_next/image?url=%2Fwide.png&w=640&q=75`, { headers: { accept: "image/webp" } });
    expect(res.status, server.logs()).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/webp");
    const meta = await sharp(new Uint8Array(await res.arrayBuffer())).metadata();
    expect([meta.format, meta.width]).toEqual(["webp", 640]);
    expect(server.logs()).not.toContain("no Cloudflare Images binding");
  });
});
