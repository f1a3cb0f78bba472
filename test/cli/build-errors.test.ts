// Build-time errors a user must see clearly: `server-only` reached from client
// code and `client-only` reached from server components fail the build
// (Next: test/e2e/app-dir/server-only, test/e2e/app-dir/client-only).
import { describe, expect, it } from "vitest";
import { MINIMAL_LAYOUT, runCli, writeApp } from "../_harness/tmp-app";

describe("server-only / client-only", () => {
  it("fails the build when a client component imports a server-only module", async () => {
    const dir = writeApp("so-app", {
      "app/layout.tsx": MINIMAL_LAYOUT,
      "app/secret.ts": `import "server-only";\nexport const secret = "s3cret";\n`,
      "app/widget.tsx": `"use client";\nimport { secret } from "./secret";\nexport function Widget() { return <p>{secret}</p>; }\n`,
      "app/page.tsx": `import { Widget } from "./widget";\nexport default function Page() { return <Widget />; }\n`,
    });
    const result = await runCli(["build", dir]);
    expect(result.code).not.toBe(0);
    const output = result.stdout + result.stderr;
    expect(output).toMatch(/'server-only' cannot be imported in client build/);
    expect(output).toContain("app/secret.ts");
    expect(output).toContain("app/widget.tsx");
  });

  it("fails the build when a server component imports a client-only module", async () => {
    const dir = writeApp("co-app", {
      "app/layout.tsx": MINIMAL_LAYOUT,
      "app/browser.ts": `import "client-only";\nexport const width = () => window.innerWidth;\n`,
      "app/page.tsx": `import { width } from "./browser";\nexport default function Page() { return <p>{typeof width}</p>; }\n`,
    });
    const result = await runCli(["build", dir]);
    expect(result.code).not.toBe(0);
    const output = result.stdout + result.stderr;
    expect(output).toMatch(/'client-only' cannot be imported in server build/);
    expect(output).toContain("app/browser.ts");
  });
});
