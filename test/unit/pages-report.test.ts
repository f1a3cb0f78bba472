// The Pages Router's rows in the build's route table (next build prints ○ static,
// ● SSG, ƒ dynamic for pages too; Next: test/integration/build-output).
import { describe, expect, it } from "vitest";
import type { PagesManifest } from "../../src/runtime/pages/manifest";
import { pagesReportRows } from "../../src/vite/pages-report";

const manifest: PagesManifest = {
  special: [],
  routes: [
    { page: "/", segments: [], kind: "page" },
    { page: "/about", segments: [{ kind: "static", value: "about" }], kind: "page" },
    { page: "/ssr", segments: [{ kind: "static", value: "ssr" }], kind: "page" },
    { page: "/api/x", segments: [{ kind: "static", value: "api" }, { kind: "static", value: "x" }], kind: "api" },
    { page: "/blog/[slug]", segments: [{ kind: "static", value: "blog" }, { kind: "dynamic", name: "slug" }], kind: "page" },
  ],
};

describe("pagesReportRows", () => {
  it("leaves paths an app route serves to the app", () => {
    const rows = pagesReportRows(manifest, ["/blog/app-owned"], undefined, undefined, (parts) => parts[1] === "app-owned");
    expect(rows.find((row) => row.pattern === "/blog/[slug]")?.render).toBe("dynamic");
  });

  it("marks what the prerender wrote as ○ / ● and the rest as ƒ, with first-load sizes", () => {
    const rows = pagesReportRows(manifest, ["/fr", "/about", "/blog/a", "/_next/data/id/en/blog/a.json", "/app.rsc"], { firstLoad: new Map([["/about", 1234]]) }, (parts) => (parts[0] === "fr" ? parts.slice(1) : parts));
    expect(rows).toEqual([
      { pattern: "/", kind: "page", render: "static", firstLoadJs: undefined },
      { pattern: "/about", kind: "page", render: "static", firstLoadJs: 1234 },
      { pattern: "/ssr", kind: "page", render: "dynamic", firstLoadJs: undefined },
      { pattern: "/api/x", kind: "route", render: "dynamic" },
      { pattern: "/blog/[slug]", kind: "page", render: "ssg", firstLoadJs: undefined },
    ]);
  });
});
