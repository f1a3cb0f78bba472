// Which route handlers the build prerenders (force-static without params, Next:
// test/e2e/app-dir/app-routes "statically generates correctly") and the _headers
// rules that keep their content type on hosts serving files directly.
import { describe, expect, it } from "vitest";
import { contentTypeRules, forceStaticRouteHandlers, metadataImageRules } from "../../src/nitro/prerender";
import type { AppManifest, AppRoute } from "../../src/runtime/routing/app-manifest";

function route(pattern: string, kind: "page" | "route", segments: AppRoute["segments"]): AppRoute {
  return { pattern, kind, segments, chain: [{ dir: pattern.slice(1), files: { [kind]: `/app${pattern}/${kind}.ts` } }] };
}

const manifest: AppManifest = {
  root: { dir: "", files: {} },
  routes: [
    route("/api/static", "route", [{ kind: "static", value: "api" }, { kind: "static", value: "static" }]),
    route("/api/typed", "route", [{ kind: "static", value: "api" }, { kind: "static", value: "typed" }]),
    route("/api/plain", "route", [{ kind: "static", value: "api" }, { kind: "static", value: "plain" }]),
    route("/api/[id]", "route", [{ kind: "static", value: "api" }, { kind: "dynamic", name: "id" }]),
    route("/page", "page", [{ kind: "static", value: "page" }]),
    route("/api/missing", "route", [{ kind: "static", value: "api" }, { kind: "static", value: "missing" }]),
  ],
};

const sources: Record<string, string> = {
  "/app/api/static/route.ts": `export const dynamic = 'force-static';\nexport function GET() {}`,
  "/app/api/typed/route.ts": `export const dynamic: "force-static" = "force-static";`,
  "/app/api/plain/route.ts": `export const dynamic = "force-dynamic"; // not force-static`,
  "/app/api/[id]/route.ts": `export const dynamic = "force-static";`,
  "/app/page/page.ts": `export const dynamic = "force-static";`,
};

describe("forceStaticRouteHandlers", () => {
  const read = (file: string) => {
    const source = sources[file];
    if (source === undefined) throw new Error(`ENOENT ${file}`);
    return source;
  };

  it("lists force-static route handlers without dynamic segments", () => {
    expect(forceStaticRouteHandlers(manifest, read).map((handler) => handler.pattern)).toEqual(["/api/static", "/api/typed"]);
  });

  it.each([
    ["export function GET() {}\nexport async function POST() {}", ["POST"]],
    ["export const PUT = handler;\nexport let PATCH = handler;", ["PUT", "PATCH"]],
    ["export { handler as DELETE, GET, OPTIONS } from './h';", ["DELETE", "OPTIONS"]],
    ["export async function GET() { /* POST later */ }", []],
    ["export function POSTAL() {}", []],
  ])("finds the other methods in %j", (code, methods) => {
    sources["/app/api/static/route.ts"] = `export const dynamic = "force-static";\n${code}`;
    expect(forceStaticRouteHandlers(manifest, read)[0]).toEqual({ pattern: "/api/static", file: "/app/api/static/route.ts", otherMethods: methods });
  });
});

describe("contentTypeRules", () => {
  it("writes one _headers rule per written file whose name does not imply its type", () => {
    const meta = {
      "/api/static": { contentType: "application/json" },
      "/about.rsc": { contentType: "text/x-component; charset=utf-8" },
      "/about/index.html": { contentType: "text/html; charset=utf-8" },
      "/skipped": { contentType: "application/x-vinext-dynamic" },
      "/a b": { contentType: "text/plain" },
      "/a*": { contentType: "text/plain" },
      // Seeds are never served; Workers read only 100 rules, so they get none.
      "/__vinext-isr/_2fabout.seed": { contentType: "application/x-vinext-isr-seed" },
    };
    const written = new Set(["/api/static", "/about.rsc", "/about/index.html", "/a b", "/a*", "/__vinext-isr/_2fabout.seed"]);
    expect(contentTypeRules(meta, written)).toBe("/api/static\n  content-type: application/json\n/about.rsc\n  content-type: text/x-component; charset=utf-8\n");
    expect(contentTypeRules({}, written)).toBe("");
  });
});

describe("metadataImageRules", () => {
  it("gives image files drawn in static folders (and their generateImageMetadata ids) Next's revalidate header", () => {
    const image = (segments: AppRoute["segments"], name: string, kind: "icon" | "sitemap" = "icon") => ({ kind, segments, name, file: `/app/${name}.tsx`, generated: true, contentType: "image/png" });
    const rules = metadataImageRules({
      ...manifest,
      metadataRoutes: [image([], "icon"), image([{ kind: "static", value: "og" }], "icon"), image([{ kind: "dynamic", name: "slug" }], "icon"), image([], "sitemap.xml", "sitemap")],
    });
    const header = { headers: { "cache-control": "public, max-age=0, must-revalidate" } };
    expect(rules).toEqual({ "/icon": header, "/icon/**": header, "/og/icon": header, "/og/icon/**": header });
  });
});
