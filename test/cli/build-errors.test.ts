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

// Route segment config mistakes stop the build, naming the route and the files.
describe("route segment config", () => {
  // Next: test/e2e/app-dir/app-static (dynamic = 'error' pages fail `next build`); docs route-segment-config#dynamic.
  it("fails the build when a page with dynamic = 'error' reads cookies()", async () => {
    const dir = writeApp("dynamic-error-app", {
      "app/layout.tsx": MINIMAL_LAYOUT,
      "app/account/page.tsx": `import { cookies } from "next/headers";\nexport const dynamic = "error";\nexport default async function Page() {\n  const jar = await cookies();\n  return <p>{jar.get("session")?.value ?? "guest"}</p>;\n}\n`,
    });
    const result = await runCli(["build", dir]);
    expect(result.code).not.toBe(0);
    const output = result.stdout + result.stderr;
    expect(output).toMatch(/\[vinext\] \/account has `export const dynamic = "error"` but read per-request data \(cookies\(\), headers\(\)/);
    expect(output).toContain('set `dynamic = "force-dynamic"`');
  });

  // Docs route-segment-config#fetchcache, "Cross route segment behavior".
  it("fails the build when a layout and its page set conflicting fetchCache values", async () => {
    const dir = writeApp("fetch-cache-conflict-app", {
      "app/layout.tsx": MINIMAL_LAYOUT,
      "app/feed/layout.tsx": `export const fetchCache = "only-cache";\nexport default function L({ children }: { children: React.ReactNode }) { return children; }\n`,
      "app/feed/page.tsx": `export const fetchCache = "only-no-store";\nexport default function Page() { return <p>feed</p>; }\n`,
    });
    const result = await runCli(["build", dir]);
    expect(result.code).not.toBe(0);
    const output = result.stdout + result.stderr;
    expect(output).toMatch(/\[vinext\] \S*app\/feed\/page\.tsx: `fetchCache = "only-no-store"` conflicts with `fetchCache = "only-cache"` in \S*app\/feed\/layout\.tsx/);
  });
});
