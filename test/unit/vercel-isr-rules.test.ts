// Which App pages get Nitro's `isr` route rule on Vercel (src/nitro/vercel.ts):
// those the build pre-rendered with a numeric revalidate, at the lowest value
// among their copies; never dynamic or revalidate-false pages. Next records the
// same per pre-rendered path as `initialRevalidateSeconds` in prerender-manifest.json
// (checked by test/e2e/app-dir/app-static/app-static.test.ts and
// test/production/app-dir/metadata-revalidate), which becomes Vercel's prerender expiration.
import { describe, expect, it } from "vitest";
import { isrRouteRules } from "../../src/nitro/vercel";
import type { AppManifest, AppRoute } from "../../src/runtime/routing/app-manifest";
import { compareRoutes } from "../../src/runtime/routing/match";
import { parseFolder, type UrlSegment } from "../../src/runtime/routing/segments";

function route(pattern: string, extra: Partial<AppRoute> = {}): AppRoute {
  const segments = pattern.split("/").filter(Boolean).map((part) => (parseFolder(part) as { segment: UrlSegment }).segment);
  return { pattern, segments, kind: "page", chain: [], ...extra };
}

function manifest(...routes: AppRoute[]): AppManifest {
  return { routes: routes.sort(compareRoutes), root: { dir: "", files: {} } };
}

const rule = (expiration: number) => ({ isr: { expiration, allowQuery: [] } });

describe("isrRouteRules", () => {
  it("gives a static page and its Flight URL the page's revalidate", () => {
    expect(isrRouteRules(manifest(route("/blog")), new Map([["/blog", 60], ["/blog.rsc", 60]]))).toEqual({ "/blog.rsc": rule(60), "/blog": rule(60) });
  });

  it("names the root's Flight URL /index.rsc", () => {
    expect(Object.keys(isrRouteRules(manifest(route("/")), new Map([["/", 5]])))).toEqual(["/index.rsc", "/"]);
  });

  it("leaves out pages without revalidate, with revalidate 0 and pages never pre-rendered", () => {
    const rules = isrRouteRules(manifest(route("/static"), route("/zero"), route("/dynamic")), new Map<string, number | false>([["/static", false], ["/zero", 0]]));
    expect(rules).toEqual({});
  });

  it("uses the lowest revalidate among a dynamic route's generated params, as a pattern", () => {
    const rules = isrRouteRules(manifest(route("/posts/[slug]")), new Map([["/posts/a", 30], ["/posts/b", 10]]));
    expect(rules).toEqual({ "/posts/:p0.rsc": rule(10), "/posts/:p0": rule(10) });
  });

  it("gives no rule to a route when one of its copies never revalidates", () => {
    expect(isrRouteRules(manifest(route("/posts/[slug]")), new Map<string, number | false>([["/posts/a", 30], ["/posts/b", false]]))).toEqual({});
  });

  it("covers catch-alls without a Flight pattern, and the bare path of an optional catch-all", () => {
    const rules = isrRouteRules(manifest(route("/docs/[...path]"), route("/shop/[[...path]]")), new Map([["/docs/a/b", 20], ["/shop", 40]]));
    expect(rules).toEqual({ "/docs/**:p0": rule(20), "/shop": rule(40), "/shop/**:p0": rule(40) });
  });

  it("keeps the Flight URL of an intercepted page out (its Flight depends on the next-url header)", () => {
    const photo = route("/photo/[id]");
    const modal = route("/photo/[id]", { intercept: { from: [{ kind: "static", value: "feed" }], target: photo.segments } });
    expect(isrRouteRules(manifest(photo, modal), new Map([["/photo/1", 60]]))).toEqual({ "/photo/:p0": rule(60) });
  });
});
