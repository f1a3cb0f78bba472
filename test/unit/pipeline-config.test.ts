// next.config keys of the request pipeline and the build (docs: basePath,
// trailingSlash, skipTrailingSlashRedirect, skipMiddlewareUrlNormalize,
// poweredByHeader, generateBuildId, output, serverExternalPackages,
// transpilePackages), and where middleware / proxy / instrumentation files are
// found (docs "middleware": root or src/, next to app/).
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SUPPORTED_KEYS, warnUnsupportedKeys } from "../../src/vite/next-config";
import { resolveBasePath, resolveBuildId, resolvePackageOptions, resolvePipelineOptions } from "../../src/vite/next-config-options";
import { scanServerHooks } from "../../src/vite/middleware-plugin";
import { packagesConfig } from "../../src/vite/packages-plugin";

const FILE = "/app/next.config.mjs";

describe("pipeline options", () => {
  it("has Next's defaults, except X-Powered-By which is off unless asked", () => {
    expect(resolvePipelineOptions({}, FILE)).toEqual({
      basePath: "",
      trailingSlash: false,
      skipTrailingSlashRedirect: false,
      skipMiddlewareUrlNormalize: false,
      poweredByHeader: false,
    });
    expect(resolvePipelineOptions({ poweredByHeader: true, trailingSlash: true }, FILE)).toMatchObject({ poweredByHeader: true, trailingSlash: true });
  });

  it.each([
    [{ trailingSlash: "yes" }, /"trailingSlash" must be true or false \(got "yes"\)/],
    [{ skipTrailingSlashRedirect: 1 }, /"skipTrailingSlashRedirect" must be true or false/],
    [{ skipMiddlewareUrlNormalize: null }, /"skipMiddlewareUrlNormalize" must be true or false/],
    [{ poweredByHeader: "no" }, /"poweredByHeader" must be true or false/],
  ])("fails on %j naming the key and the file", (config, message) => {
    expect(() => resolvePipelineOptions(config, FILE)).toThrow(message);
    expect(() => resolvePipelineOptions(config, FILE)).toThrow(/^\[vinext\] \/app\/next\.config\.mjs: /);
  });

  it.each([
    [undefined, ""],
    ["", ""],
    ["/docs", "/docs"],
    ["/a/b", "/a/b"],
  ])("basePath %j → %j", (value, expected) => {
    expect(resolveBasePath(value, FILE)).toBe(expected);
  });

  it.each(["docs", "/", "/docs/", "/a b", 5, "/a?b"])("rejects basePath %j", (value) => {
    expect(() => resolveBasePath(value, FILE)).toThrow(/"basePath" must be a path prefix/);
  });
});

describe("generateBuildId", () => {
  it("uses the returned id; null keeps vinext's own", async () => {
    expect(await resolveBuildId({ generateBuildId: async () => " my-build " }, FILE)).toBe("my-build");
    expect(await resolveBuildId({ generateBuildId: () => null }, FILE)).toBeUndefined();
    expect(await resolveBuildId({}, FILE)).toBeUndefined();
  });

  it.each([[{ generateBuildId: "abc" }], [{ generateBuildId: async () => 42 }], [{ generateBuildId: async () => "a/b" }], [{ generateBuildId: async () => " " }]])(
    "fails on %j",
    async (config) => {
      await expect(resolveBuildId(config, FILE)).rejects.toThrow(/"generateBuildId" must be/);
    },
  );
});

describe("package options", () => {
  it("reads the lists and output: standalone", () => {
    expect(resolvePackageOptions({ serverExternalPackages: ["sharp"], transpilePackages: ["ui"], output: "standalone" }, FILE)).toEqual({
      serverExternalPackages: ["sharp"],
      transpilePackages: ["ui"],
      output: "standalone",
    });
    expect(resolvePackageOptions({ output: "export" }, FILE).output).toBe("export");
  });

  it.each([
    [{ serverExternalPackages: "sharp" }, /"serverExternalPackages" must be an array of package names/],
    [{ transpilePackages: [""] }, /"transpilePackages" must be an array of package names/],
    [{ output: "server" }, /"output" must be "standalone", "export"/],
  ])("fails on %j", (config, message) => {
    expect(() => resolvePackageOptions(config, FILE)).toThrow(message);
  });

  it("keeps external packages out of the server bundles and traces them into the output", () => {
    expect(packagesConfig({ serverExternalPackages: [], transpilePackages: [], output: undefined })).toBeUndefined();
    expect(packagesConfig({ serverExternalPackages: ["sharp"], transpilePackages: ["ui"], output: undefined })).toEqual({
      environments: { rsc: { resolve: { external: ["sharp"], noExternal: ["ui"] } }, ssr: { resolve: { external: ["sharp"], noExternal: ["ui"] } } },
      nitro: { traceDeps: ["sharp"] },
    });
  });

  it("lists the implemented keys as supported (no warning for them)", () => {
    const warnings: string[] = [];
    const config = Object.fromEntries(
      ["redirects", "rewrites", "headers", "basePath", "trailingSlash", "skipTrailingSlashRedirect", "skipMiddlewareUrlNormalize", "poweredByHeader", "generateBuildId", "output", "serverExternalPackages", "transpilePackages"].map((k) => [k, undefined]),
    );
    warnUnsupportedKeys(config, (message) => warnings.push(message));
    expect(warnings).toEqual([]);
    expect(SUPPORTED_KEYS.has("compress")).toBe(false);
  });
});

describe("scanServerHooks", () => {
  const base = join(import.meta.dirname, "../../.tmp/unit-server-hooks");
  afterAll(() => rmSync(base, { recursive: true, force: true }));
  const project = (name: string, files: string[]) => {
    const root = join(base, name);
    rmSync(root, { recursive: true, force: true });
    for (const file of files) {
      mkdirSync(join(root, file, ".."), { recursive: true });
      writeFileSync(join(root, file), "export {};\n");
    }
    return { root, appDir: join(root, files.find((f) => f.includes("app/"))!.replace(/\/page\.tsx$/, "")) };
  };

  it("finds middleware.ts and instrumentation files next to app/", () => {
    const options = project("root", ["app/page.tsx", "middleware.ts", "instrumentation.ts", "instrumentation-client.ts"]);
    expect(scanServerHooks(options)).toEqual({
      middleware: { file: join(options.root, "middleware.ts"), kind: "middleware" },
      instrumentation: join(options.root, "instrumentation.ts"),
      instrumentationClient: join(options.root, "instrumentation-client.ts"),
    });
  });

  it("looks in src/ when the app lives there, and takes Next 16's proxy.ts", () => {
    const options = project("src", ["src/app/page.tsx", "src/proxy.js", "middleware.ts"]);
    expect(scanServerHooks(options).middleware).toEqual({ file: join(options.root, "src/proxy.js"), kind: "proxy" });
  });

  it("refuses middleware and proxy side by side", () => {
    const options = project("both", ["app/page.tsx", "middleware.ts", "proxy.ts"]);
    expect(() => scanServerHooks(options)).toThrow(/Both .*middleware\.ts and .*proxy\.ts exist/);
  });
});
