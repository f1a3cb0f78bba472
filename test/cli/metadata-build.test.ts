// A public/ file that would shadow a metadata route fails `vinext build` loudly,
// naming the file (Next reports conflicting public and app files as a build
// error too).
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
});
