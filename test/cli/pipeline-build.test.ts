// `vinext build` refuses next.config routing it cannot serve safely, naming the
// file and the key (Next: test/integration/invalid-custom-routes; redirect
// loops and javascript:/data:/file: destinations fail at build time here), and
// warns once by name for keys it does not support.
import { describe, expect, it } from "vitest";
import { MINIMAL_LAYOUT, runCli, writeApp } from "../_harness/tmp-app";

const app = (name: string, config: string, extra: Record<string, string> = {}) =>
  writeApp(name, {
    "app/layout.tsx": MINIMAL_LAYOUT,
    "app/page.tsx": `export default function Page() { return <p>home</p>; }\n`,
    "next.config.mjs": `export default ${config};\n`,
    ...extra,
  });

describe("vinext build: request-pipeline config", () => {
  it.each([
    ["a redirect loop", `{ async redirects() { return [{ source: "/a", destination: "/b", permanent: true }, { source: "/b", destination: "/a", permanent: true }]; } }`, /redirects: redirect loop: \/a → \/b → \/a/],
    ["a rewrite to javascript:", `{ async rewrites() { return [{ source: "/x", destination: "javascript:alert(1)" }]; } }`, /rewrites\[0\]: "destination" "javascript:alert\(1\)" uses a disallowed scheme/],
    ["a redirect to data:", `{ async redirects() { return [{ source: "/x", destination: "data:text/html,hi", permanent: false }]; } }`, /redirects\[0\]: "destination" .* disallowed scheme/],
    ["an invalid trailingSlash", `{ trailingSlash: "yes" }`, /"trailingSlash" must be true or false/],
    ["an invalid basePath", `{ basePath: "docs/" }`, /"basePath" must be a path prefix/],
  ])("fails on %s, naming next.config", async (_label, config, message) => {
    const result = await runCli(["build", app(`pipeline-bad-${_label.replace(/\W+/g, "-")}`, config)]);
    expect(result.code).not.toBe(0);
    const output = result.stdout + result.stderr;
    expect(output).toMatch(message);
    expect(output).toContain("next.config.mjs");
  });

  it("fails when both middleware.ts and proxy.ts exist", async () => {
    const mw = `import { NextResponse } from "next/server";\nexport function middleware() { return NextResponse.next(); }\n`;
    const result = await runCli(["build", app("pipeline-both-mw", "{}", { "middleware.ts": mw, "proxy.ts": mw.replace("middleware", "proxy") })]);
    expect(result.code).not.toBe(0);
    expect(result.stdout + result.stderr).toMatch(/Both .*middleware\.ts and .*proxy\.ts exist/);
  });

  it("warns once by name for an unsupported key, and builds", async () => {
    const result = await runCli(["build", app("pipeline-unknown-key", `{ images: { unoptimized: true }, compress: false, trailingSlash: false }`)]);
    const output = result.stdout + result.stderr;
    expect(result.code, output).toBe(0);
    expect(output.match(/"compress" is not supported by vinext yet/g)).toHaveLength(1);
    expect(output).not.toMatch(/"trailingSlash" is not supported/);
  });
});
