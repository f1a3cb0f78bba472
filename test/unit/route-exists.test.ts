// The pipeline's "is there a route here?" answers for its filesystem and
// `check` steps (static routes only before afterFiles; dynamic ones after),
// for App Router routes, metadata files and Pages Router routes.
import { describe, expect, it } from "vitest";
import type { AppManifest, AppRoute } from "../../src/runtime/routing/app-manifest";
import { parseFolder, type UrlSegment } from "../../src/runtime/routing/segments";
import { appRouteExists, pagesRouteExists } from "../../src/runtime/server/route-exists";

const segments = (pattern: string): UrlSegment[] =>
  pattern
    .split("/")
    .filter(Boolean)
    .map((name) => {
      const folder = parseFolder(name);
      if (folder.kind !== "url") throw new Error(name);
      return folder.segment;
    });
const route = (pattern: string, extra: Partial<AppRoute> = {}): AppRoute => ({ pattern, segments: segments(pattern), kind: "page", chain: [], ...extra });

const manifest: AppManifest = {
  routes: [route("/about"), route("/blog/[slug]"), route("/photo/[id]", { intercept: { from: [], target: [] } } as Partial<AppRoute>)],
  root: { dir: "", files: {} },
  metadataRoutes: [{ kind: "robots", segments: [], name: "robots.txt", file: "/app/robots.ts", generated: true, contentType: "text/plain" }],
};

describe("appRouteExists", () => {
  it.each<[string[], boolean, boolean]>([
    [["about"], false, true],
    [["blog", "x"], false, false],
    [["blog", "x"], true, true],
    [["photo", "1"], true, false],
    [["robots.txt"], false, true],
    [["nothing"], true, false],
  ])("%j (dynamic %s) → %s", (parts, dynamic, expected) => {
    expect(appRouteExists(manifest, parts, { dynamic })).toBe(expected);
  });
});

describe("pagesRouteExists", () => {
  const pages = { routes: [{ segments: segments("/ssr") }, { segments: segments("/posts/[id]") }] };
  it.each<[string[], boolean, boolean]>([
    [["ssr"], false, true],
    [["fr", "ssr"], false, true],
    [["posts", "1"], false, false],
    [["posts", "1"], true, true],
    [["_next", "data", "b1", "ssr.json"], false, true],
    [["other"], true, false],
  ])("%j (dynamic %s) → %s", (parts, dynamic, expected) => {
    expect(pagesRouteExists(pages, ["en", "fr"], parts, { dynamic })).toBe(expected);
  });

  it("is false without pages", () => {
    expect(pagesRouteExists({ routes: [] }, undefined, ["_next", "data"], { dynamic: true })).toBe(false);
  });
});
