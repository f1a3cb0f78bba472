// Next 16's proxy.ts in src/ (next to src/app) runs like middleware.ts, and
// next.config `env` reaches server and client code (docs "proxy", "env";
// Next: test/e2e/app-dir/proxy-missing-export, test/integration/env-config). On a real
// node-server build.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNodeOutput, type RunningServer } from "../_harness/servers";
import { MINIMAL_LAYOUT, runCli, writeApp } from "../_harness/tmp-app";

describe("src/proxy.ts and next.config env", () => {
  let server: RunningServer;
  const get = (path: string) => fetch(server.url + path, { redirect: "manual" });

  beforeAll(async () => {
    const dir = writeApp("proxy-src-env", {
      "src/app/layout.tsx": MINIMAL_LAYOUT,
      "src/app/shown.tsx": `"use client";\nexport function Shown() { return <p data-testid="client-env">{process.env.FROM_CONFIG}</p>; }\n`,
      "src/app/page.tsx": `import { Shown } from "./shown";\nexport default function Page() { return (<main><p data-testid="server-env">{process.env.FROM_CONFIG}</p><Shown /></main>); }\n`,
      "src/proxy.ts": `import { NextResponse, type NextRequest } from "next/server";
export function proxy(request: NextRequest) {
  if (request.nextUrl.pathname === "/blocked") return new NextResponse("blocked by proxy", { status: 403 });
  const response = NextResponse.next();
  response.headers.set("x-proxy-ran", request.nextUrl.pathname);
  return response;
}
export const config = { matcher: ["/", "/blocked"] };
`,
      "next.config.mjs": `export default { env: { FROM_CONFIG: "config-value" } };\n`,
    });
    const built = await runCli(["build", dir]);
    if (built.code !== 0) throw new Error(built.stdout + built.stderr);
    server = await startNodeOutput(dir);
  }, 180_000);
  afterAll(() => server?.stop());

  it("runs src/proxy.ts for the URLs its matcher selects", async () => {
    const home = await get("/");
    expect(home.headers.get("x-proxy-ran")).toBe("/");
    const blocked = await get("/blocked");
    expect([blocked.status, await blocked.text()]).toEqual([403, "blocked by proxy"]);
  });

  it("inlines next.config env in server and client components", async () => {
    const html = await (await get("/")).text();
    expect(html).toContain('<p data-testid="server-env">config-value</p>');
    expect(html).toContain('<p data-testid="client-env">config-value</p>');
  });
});
