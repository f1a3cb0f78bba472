// The route table's ○ / ● / ƒ: a pre-rendered path counts for the route that
// serves it among all routes (as `next build` reports from its prerender
// manifest), route handlers are ƒ unless their path was generated.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { metadataImageRows, renderKinds } from "../../src/vite/build-report-plugin";
import { scanApp } from "../../src/vite/routing/scan-app";

const base = join(import.meta.dirname, "../../.tmp/unit-build-report");
afterAll(() => rmSync(base, { recursive: true, force: true }));

function manifestOf(files: string[]) {
  const dir = join(base, String(Math.random()).slice(2), "app");
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), file.endsWith("route.ts") ? "export function GET() {}\n" : "export default function X() { return null }\n");
  }
  return scanApp(dir, ["tsx", "ts"]);
}

function table(files: string[], written: string[]): Record<string, string> {
  const { routes } = manifestOf(files);
  const kinds = renderKinds(routes, written);
  return Object.fromEntries(routes.map((route) => [route.pattern, kinds.get(route)!]));
}

describe("renderKinds", () => {
  it("attributes a static sibling's path to the static route, not to the dynamic one", () => {
    const files = ["layout.tsx", "meta/page.tsx", "meta/absolute/page.tsx", "meta/[slug]/page.tsx", "blog/featured/page.tsx", "blog/[slug]/page.tsx"];
    const written = ["/meta", "/meta.rsc", "/meta/absolute", "/meta/absolute.rsc", "/blog/featured", "/blog/featured.rsc"];
    expect(table(files, written)).toEqual({
      "/meta": "static",
      "/meta/absolute": "static",
      "/meta/[slug]": "dynamic",
      "/blog/featured": "static",
      "/blog/[slug]": "dynamic",
    });
  });

  it("marks a dynamic route ● when one of its own params was written", () => {
    const files = ["layout.tsx", "docs/intro/page.tsx", "docs/[...slug]/page.tsx"];
    expect(table(files, ["/docs/intro", "/docs/a/b", "/docs/a/b.rsc"])).toEqual({ "/docs/intro": "static", "/docs/[...slug]": "ssg" });
    expect(table(files, ["/docs/intro"])).toEqual({ "/docs/intro": "static", "/docs/[...slug]": "dynamic" });
  });

  it("route handlers are ƒ unless their path was pre-rendered; a Flight file alone does not count", () => {
    const files = ["layout.tsx", "api/static/route.ts", "api/live/route.ts", "api/[name]/route.ts", "gone/page.tsx"];
    expect(table(files, ["/api/static", "/gone.rsc"])).toEqual({
      "/api/live": "dynamic",
      "/api/static": "static",
      "/api/[name]": "dynamic",
      "/gone": "dynamic",
    });
  });
});

// next build lists image files drawn by code as routes (test/e2e/app-dir/metadata-dynamic-routes).
describe("metadataImageRows", () => {
  it("lists image files drawn by code: ○ when written (or their generateImageMetadata items), ƒ otherwise", () => {
    const manifest = manifestOf(["layout.tsx", "icon.tsx", "og/opengraph-image.tsx", "live/icon.tsx", "[slug]/icon.tsx", "sitemap.ts"]);
    const rows = metadataImageRows(manifest, new Set(["/icon", "/og/opengraph-image/a", "/[slug]/icon"]));
    expect(Object.fromEntries(rows.map((row) => [row.pattern, row.render]))).toEqual({
      "/icon": "static",
      "/og/opengraph-image": "static",
      "/live/icon": "dynamic",
      "/[slug]/icon": "dynamic",
    });
  });
});
