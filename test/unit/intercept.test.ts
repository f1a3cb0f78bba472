// Which route answers a client navigation when intercepting folders exist: the
// scanner's targets for (.), (..), (..)(..) and (...), and resolveAppRoute's choice
// by `next-url`. Next: test/e2e/app-dir/parallel-routes-and-interception,
// test/e2e/app-dir/interception-dynamic-segment; docs "intercepting-routes".
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { scanApp } from "../../src/vite/routing/scan-app";
import { splitIntercepting } from "../../src/runtime/routing/intercept";
import { formatPattern } from "../../src/runtime/routing/segments";
import { resolveAppRoute } from "../../src/runtime/rsc/resolve-route";

const base = join(import.meta.dirname, "../../.tmp/unit-intercept");
afterAll(() => rmSync(base, { recursive: true, force: true }));

let n = 0;
function scan(files: string[]) {
  const dir = join(base, String(n++), "app");
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), "export default function X() { return null }\n");
  }
  return scanApp(dir, ["tsx"]);
}

const app = scan([
  "layout.tsx",
  "feed/page.tsx",
  "feed/(..)photo/[id]/page.tsx",
  "photo/[id]/page.tsx",
  "a/b/page.tsx",
  "a/b/(..)(..)settings/page.tsx",
  "settings/page.tsx",
  "u/[user]/layout.tsx",
  "u/[user]/page.tsx",
  "u/[user]/@modal/default.tsx",
  "u/[user]/@modal/(..)pic/[id]/page.tsx",
  "u/pic/[id]/page.tsx",
  "x/y/layout.tsx",
  "x/y/page.tsx",
  "x/y/@modal/default.tsx",
  "x/y/@modal/(...)login/page.tsx",
  "login/page.tsx",
  // Next: app/intercepting-routes-dynamic and app/intercepting-routes-dynamic-catchall.
  "gallery/page.tsx",
  "gallery/(.)[author]/[id]/page.tsx",
  "gallery/[author]/[id]/page.tsx",
  "gallery/(.)all/[...id]/page.tsx",
  "gallery/all/[...id]/page.tsx",
]);
const routes = splitIntercepting(app.routes);
const parts = (path: string) => path.split("/").filter(Boolean);
const file = (route: { chain: { files: { page?: string } }[] }) => route.chain.at(-1)!.files.page!.split("/app/")[1];

describe("intercepting routes: scanned targets", () => {
  it("(..) and (..)(..) count URL segments; the intercepting route lists the URL it catches", () => {
    const targets = app.routes.filter((r) => r.intercept).map((r) => [formatPattern(r.intercept!.from), formatPattern(r.intercept!.target)]);
    expect(targets).toEqual(
      expect.arrayContaining([
        ["/feed", "/photo/[id]"],
        ["/a/b", "/settings"],
      ]),
    );
  });

  it("slot interceptors keep absolute segments, even when they catch a URL outside the slot's layout", () => {
    const user = app.routes.find((r) => r.pattern === "/u/[user]")!;
    const modal = user.chain.at(-1)!.slots![0]!;
    expect(modal.routes.map((r) => [r.pattern, formatPattern(r.intercept!.from)])).toEqual([["/u/pic/[id]", "/u/[user]"]]);
  });

  it("(..) above the app root is a [vinext] build error naming the folder", () => {
    expect(() => scan(["layout.tsx", "(..)x/page.tsx"])).toThrow(/^\[vinext\] .*\(\.\.\)x.*climbs above the app root/);
  });
});

describe("intercepting routes: resolveAppRoute", () => {
  it.each<[string, string, string, boolean]>([
    // Soft navigation from the interceptor's page: the intercepting route.
    ["/photo/1", "/feed", "feed/(..)photo/[id]/page.tsx", true],
    ["/settings", "/a/b", "a/b/(..)(..)settings/page.tsx", true],
    // From a page outside the interceptor's URL: the page itself.
    ["/photo/1", "/settings", "photo/[id]/page.tsx", false],
    ["/settings", "/a", "settings/page.tsx", false],
    // Dynamic and catch-all segments below the intercepting folder.
    ["/gallery/next/123", "/gallery", "gallery/(.)[author]/[id]/page.tsx", true],
    ["/gallery/all/1/2", "/gallery", "gallery/(.)all/[...id]/page.tsx", true],
    ["/gallery/all/1/2", "/feed", "gallery/all/[...id]/page.tsx", false],
  ])("%s from %s renders %s", (target, from, page, intercepted) => {
    const resolved = resolveAppRoute(routes, parts(target), parts(from));
    expect(resolved.intercepted ?? false).toBe(intercepted);
    expect(file(resolved.match!.route)).toBe(page);
  });

  it("a hard load never intercepts", () => {
    const resolved = resolveAppRoute(routes, parts("/photo/1"), undefined);
    expect(file(resolved.match!.route)).toBe("photo/[id]/page.tsx");
    expect(resolved.intercepted).toBeUndefined();
  });

  it.each<[string, string, string, string, Record<string, string>]>([
    // `(..)` in a slot: the target is outside the slot owner's URL (/u/pic/2 from /u/ann).
    ["/u/pic/2", "/u/ann", "u/[user]/page.tsx", "u/[user]/@modal/(..)pic/[id]/page.tsx", { user: "ann", id: "2" }],
    // `(...)` in a slot: from the app root.
    ["/login", "/x/y", "x/y/page.tsx", "x/y/@modal/(...)login/page.tsx", {}],
  ])("%s from %s renders %s with the slot showing %s", (target, from, page, slotPage, params) => {
    const resolved = resolveAppRoute(routes, parts(target), parts(from));
    expect(resolved.intercepted).toBe(true);
    expect(file(resolved.match!.route)).toBe(page);
    expect(resolved.match!.params).toEqual(params);
    expect(file(resolved.slotOverride!.route)).toBe(slotPage);
  });

  it("a slot interceptor does not catch its owner's own child URLs", () => {
    // Before slot interceptors kept absolute segments, `(..)pic/[id]` also caught /u/ann/2.
    const resolved = resolveAppRoute(routes, parts("/u/ann/2"), parts("/u/ann"));
    expect(resolved.slotOverride).toBeUndefined();
    expect(resolved.match).toBeNull();
  });

  // From the pic page itself (a hard-loaded /u/pic/1) the user layout is not on screen: nothing intercepts.
  it("the pic page reached directly is not intercepted on the next navigation", () => {
    const resolved = resolveAppRoute(routes, parts("/u/pic/2"), parts("/u/pic/1"));
    expect(resolved.intercepted).toBeUndefined();
    expect(file(resolved.match!.route)).toBe("u/pic/[id]/page.tsx");
  });
});
