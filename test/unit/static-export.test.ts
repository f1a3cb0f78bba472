// Pure parts of `output: "export"`: where pages land in out/ (Next:
// test/integration/app-dir-export/test/utils.ts), what counts as an export or a
// segment config value in source, and which routes are written as files.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { exportedRoutePaths, staticExportPlugin } from "../../src/nitro/static-export";
import { resolveOptions } from "../../src/vite/options";
import { exportHtmlPaths } from "../../src/nitro/static-export-layout";
import { exportsName, segmentConfigValue, staticExportProblems } from "../../src/vite/static-export-checks";
import { scanApp } from "../../src/vite/routing/scan-app";
import { resolveStaticFile } from "../_harness/static-server";

describe("exportHtmlPaths", () => {
  it.each([
    [{ route: "/", fileName: "/index.html" }, false, ["/index.html"]],
    [{ route: "/", fileName: "/index.html" }, true, ["/index.html"]],
    [{ route: "/about", fileName: "/about/index.html" }, false, ["/about.html"]],
    [{ route: "/about", fileName: "/about/index.html" }, true, ["/about/index.html"]],
    [{ route: "/blog/a", fileName: "/blog/a/index.html" }, false, ["/blog/a.html"]],
    [{ route: "/about.rsc", fileName: "/about.rsc" }, false, undefined],
    [{ route: "/data.json", fileName: "/data.json" }, false, undefined],
    [{ route: "/page.html", fileName: "/page.html" }, false, undefined],
  ])("%j (trailingSlash %s) → %j", (file, trailingSlash, expected) => {
    expect(exportHtmlPaths(file, trailingSlash)).toEqual(expected);
  });
});

describe("source checks", () => {
  it.each([
    ["export function GET() {}", "GET", true],
    ["export async function GET() {}", "GET", true],
    ["export const GET = () => {}", "GET", true],
    ["const handler = () => {};\nexport { handler as GET, other }", "GET", true],
    ["export function GETTER() {}", "GET", false],
    ["function getServerSideProps() {}", "getServerSideProps", false],
  ])("exportsName(%j, %s) is %s", (source, name, expected) => {
    expect(exportsName(source, name)).toBe(expected);
  });

  it("reads segment config literals", () => {
    expect(segmentConfigValue(`export const dynamic = "force-dynamic";`, "dynamic")).toBe("force-dynamic");
    expect(segmentConfigValue(`export const dynamic: string = 'error'`, "dynamic")).toBe("error");
    expect(segmentConfigValue(`export const revalidate = 60;`, "revalidate")).toBe("60");
    expect(segmentConfigValue(`export const dynamicParams = true`, "dynamicParams")).toBe("true");
    expect(segmentConfigValue(`const revalidate = 60;`, "revalidate")).toBeUndefined();
  });
});

describe("exportedRoutePaths", () => {
  const root = mkdtempSync(join(tmpdir(), "vinext-export-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (file: string, content: string) => {
    mkdirSync(join(root, file, ".."), { recursive: true });
    writeFileSync(join(root, file), content);
  };

  it("lists GET route handlers at fixed paths and static-segment metadata files, warning about other methods", () => {
    write("app/layout.tsx", "export default function L({ children }) { return children; }");
    write("app/page.tsx", "export default function P() { return null; }");
    write("app/feed.xml/route.ts", "export function GET() {}");
    write("app/form/route.ts", "export function GET() {}\nexport function POST() {}");
    write("app/hook/route.ts", "export function POST() {}");
    write("app/items/[id]/route.ts", "export function GET() {}");
    write("app/robots.ts", "export default function robots() { return {}; }");
    write("app/blog/sitemap.ts", "export default function sitemap() { return []; }");
    write("app/icon.tsx", "export default function Icon() { return null; }");
    write("app/shop/apple-icon.tsx", "export function generateImageMetadata() { return []; }\nexport default function Icon() { return null; }");
    const warnings: string[] = [];
    const manifest = scanApp(join(root, "app"), ["tsx", "ts"]);
    const paths = exportedRoutePaths(manifest, (file) => readFileSync(file, "utf8"), (message) => warnings.push(message));
    expect(paths.sort()).toEqual(["/blog/sitemap.xml", "/feed.xml", "/form", "/icon", "/robots.txt"]);
    // app/shop/apple-icon.tsx's URLs come from running it: the prerender index lists them (test/cli/static-export.test.ts).
    expect(warnings).toEqual([expect.stringContaining("app/form/route.ts: only GET is exported")]);
  });
});

describe("the test's static server", () => {
  it("resolves files as Next's docs configure Nginx (try_files $uri $uri.html $uri/)", () => {
    const root = mkdtempSync(join(tmpdir(), "vinext-out-"));
    for (const file of ["index.html", "about.html", "docs/index.html", "a.rsc"]) {
      mkdirSync(join(root, file, ".."), { recursive: true });
      writeFileSync(join(root, file), file);
    }
    expect(resolveStaticFile(root, "/")).toBe(join(root, "index.html"));
    expect(resolveStaticFile(root, "/about")).toBe(join(root, "about.html"));
    expect(resolveStaticFile(root, "/docs/")).toBe(join(root, "docs/index.html"));
    expect(resolveStaticFile(root, "/docs")).toBe(join(root, "docs/index.html"));
    expect(resolveStaticFile(root, "/a.rsc")).toBe(join(root, "a.rsc"));
    expect(resolveStaticFile(root, "/missing")).toBeUndefined();
    expect(resolveStaticFile(root, "/../etc/passwd")).toBeUndefined();
    rmSync(root, { recursive: true, force: true });
  });
});

describe("vinext:static-export in dev and build", () => {
  it("warns in dev about what the export build will refuse, and fails the build", async () => {
    const root = mkdtempSync(join(tmpdir(), "vinext-export-dev-"));
    writeFileSync(join(root, "next.config.mjs"), `export default { output: "export" };\n`);
    writeFileSync(join(root, "middleware.ts"), "export function middleware() {}\n");
    mkdirSync(join(root, "app"));
    type Hooks = { config: (config: object, env: { command: string }) => { define: Record<string, string> }; configResolved: () => void };
    const run = async (command: "serve" | "build") => {
      const options = await resolveOptions(root, command);
      const plugin = staticExportPlugin(() => options) as unknown as Hooks;
      const { define } = plugin.config({}, { command });
      return { define, resolved: () => plugin.configResolved() };
    };
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      const dev = await run("serve");
      expect(dev.define.__VINEXT_STATIC_EXPORT__).toBe("false");
      dev.resolved();
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('[vinext] vinext build will fail: output: "export"'));
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('middleware.ts: Middleware cannot be used with "output: export"'));
      const build = await run("build");
      expect(build.define.__VINEXT_STATIC_EXPORT__).toBe("true");
      expect(build.resolved).toThrow(/middleware\.ts: Middleware cannot be used/);
    } finally {
      warn.mockRestore();
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("staticExportProblems", () => {
  it("names each file once: a layout's segment config once for its routes, a parent folder's page not for its children", async () => {
    const root = mkdtempSync(join(tmpdir(), "vinext-export-checks-"));
    const files: Record<string, string> = {
      "next.config.mjs": `export default { output: "export" };\n`,
      "app/layout.tsx": "export default function L({ children }) { return children; }",
      "app/page.tsx": `export const dynamic = "force-dynamic";\nexport default function P() { return null; }`,
      "app/about/page.tsx": "export default function P() { return null; }",
      "app/shop/layout.tsx": `export const dynamic = "force-dynamic";\nexport default function L({ children }) { return children; }`,
      "app/shop/a/page.tsx": "export default function P() { return null; }",
      "app/shop/b/page.tsx": "export default function P() { return null; }",
    };
    for (const [file, content] of Object.entries(files)) {
      mkdirSync(join(root, file, ".."), { recursive: true });
      writeFileSync(join(root, file), content);
    }
    try {
      const problems = staticExportProblems(await resolveOptions(root, "build"));
      expect(problems).toEqual([
        'app/page.tsx: `export const dynamic = "force-dynamic"` on / cannot be used with "output: export". Remove it so every route below is rendered at build time.',
        'app/shop/layout.tsx: `export const dynamic = "force-dynamic"` cannot be used with "output: export". Remove it so every route below is rendered at build time.',
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
