// A public/ file that would shadow a metadata route fails `vinext build` loudly,
// naming the file (Next reports conflicting public and app files as a build
// error too). Image files drawn by code are generated at build time and listed
// in the route table (Next: test/e2e/app-dir/metadata-dynamic-routes).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MINIMAL_LAYOUT, runCli, writeApp } from "../_harness/tmp-app";

const PAGE = "export default function Page() { return <p>hi</p>; }\n";

describe("metadata files at build time", () => {
  it("fails the build when public/ and app/ both serve /robots.txt", async () => {
    const dir = writeApp("meta-robots-conflict", {
      "app/layout.tsx": MINIMAL_LAYOUT,
      "app/page.tsx": PAGE,
      "app/robots.ts": `export default function robots() { return { rules: { userAgent: "*" } }; }\n`,
      "public/robots.txt": "User-agent: *\n",
    });
    const result = await runCli(["build", dir]);
    expect(result.code).not.toBe(0);
    expect(result.stdout + result.stderr).toMatch(/\[vinext\] \S*app\/robots\.ts: public\/robots\.txt serves the same URL \(\/robots\.txt\)/);
  });

  it("writes image files drawn in static folders at build time and lists them in the route table as ○, others as ƒ", async () => {
    const draw = (extra = "") => `import { ImageResponse } from "next/og";
${extra}
export const size = { width: 32, height: 32 };
export default async function Icon() {
  ${extra ? "await headers();" : ""}
  return new ImageResponse(<div style={{ width: "100%", height: "100%", display: "flex", background: "red" }} />, size);
}
`;
    const dir = writeApp("meta-image-build", {
      "app/layout.tsx": MINIMAL_LAYOUT,
      "app/page.tsx": PAGE,
      "app/icon.tsx": draw(),
      "app/live/page.tsx": PAGE,
      "app/live/icon.tsx": draw(`import { headers } from "next/headers";`),
      "app/[slug]/page.tsx": PAGE,
      "app/[slug]/icon.tsx": draw(),
    });
    const result = await runCli(["build", dir]);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^○ \/icon\s/m);
    expect(result.stdout).toMatch(/^ƒ \/live\/icon\s/m);
    expect(result.stdout).toMatch(/^ƒ \/\[slug\]\/icon\s/m);
    expect(existsSync(join(dir, ".output/public/icon"))).toBe(true);
    expect(existsSync(join(dir, ".output/public/live/icon"))).toBe(false);
  });
});
