// Routing from pages/ and the hybrid app/ folder. Next: test/integration/dynamic-routing
// (params, catch-all, optional catch-all, precedence), test/integration/custom-routes...
// 404 (test/integration/404-page), _document (test/integration/document-head... custom
// document in test/integration/app-document), next/head (test/integration/next-head, keyed dedupe).
import { expect, it } from "vitest";
import { isBuild, text } from "../_suite";
import { nextData, type PagesSuiteContext } from "../pages-suite";

export default function routing({ target, get, html }: PagesSuiteContext) {
  it.each([
    ["/", "home-title", "Pages Router home"],
    ["/about", "about-title", "About the Pages Router"],
    ["/docs/a/b", "docs-slug", "a/b"],
    ["/opt", "opt-slug", "(none)"],
    ["/opt/x/y", "opt-slug", "x/y"],
    ["/hybrid/anything", "hybrid-pages", "pages/hybrid/[id]"],
  ])("routes %s", async (path, testId, expected) => {
    expect(text(await html(path), testId)).toBe(expected);
  });

  it("gives params and the query to a catch-all page (params win over the search)", async () => {
    const body = await html("/docs/one/two?x=1&slug=evil");
    expect(JSON.parse(text(body, "docs-query")!.replace(/&quot;/g, '"'))).toEqual({ x: "1", slug: ["one", "two"] });
  });

  it("lets app routes win where both routers match, and renders app pages in the same server", async () => {
    expect(text(await html("/hybrid/static"), "hybrid-app")).toBe("app/hybrid/static wins over pages/hybrid/[id]");
    const app = await html("/app-page");
    expect(text(app, "app-page-title")).toBe("An App Router page");
    expect(app).not.toContain("__NEXT_DATA__");
  });

  it("answers unknown URLs and the special files with the custom 404 page", async () => {
    for (const path of ["/does-not-exist", "/_app", "/_document", "/_error", "/404", "/blog/a/b/c"]) {
      const body = await html(path, 404);
      expect(text(body, "custom-404"), path).toBe("Custom pages 404 — This page could not be found");
      expect(nextData(body).page).toBe("/404");
    }
  });

  it("renders the custom _document with its getInitialProps, around the page", async () => {
    const body = await html("/about");
    // <Html> without lang gets the locale (i18n is on in this playground).
    expect(body.startsWith('<!DOCTYPE html><html lang="en">')).toBe(true);
    expect(body).toContain('<meta name="document-meta" content="document-gip:/about"/>');
    expect(body).toMatch(/<body class="pages-body"><div id="__next">/);
    // The browser entry: a hashed client chunk, or in dev Vite's URL of the entry module.
    const entry = isBuild(target) ? String.raw`\/assets\/[^"]+\.js` : String.raw`\/@id\/__x00__virtual:vinext\/pages-client-entry`;
    expect(body).toMatch(new RegExp(`<script type="module" src="${entry}"></script></body></html>$`));
  });

  it("puts next/head tags in <head>, de-duplicated by key, with the default viewport once", async () => {
    const body = await html("/about");
    const head = body.slice(0, body.indexOf("</head>"));
    expect(head).toContain("<title data-next-head=\"\">About pages</title>");
    expect(head.match(/name="description"/g)).toHaveLength(1);
    expect(head).toContain('content="second"');
    expect(head.match(/name="viewport"/g)).toHaveLength(1);
    expect(head).toContain('property="og:title"');
  });

  // In dev the stylesheets come from Vite's module graph (src/vite/pages-dev-css.ts), in a build from the client build.
  it("links _app's global CSS and the page's CSS module in the first response", async () => {
    const body = await html("/about");
    const head = body.slice(0, body.indexOf("</head>"));
    const sheets = [...head.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
    expect(sheets.length).toBeGreaterThanOrEqual(2);
    const css = await Promise.all(sheets.map(async (href) => (await get(href)).text()));
    expect(css.join("\n")).toMatch(/background-color:\s*(rgb\(250, 240, 231\)|#faf0e7)/);
    expect(css.join("\n")).toMatch(/color:\s*(rgb\(200, 30, 40\)|#c81e28)/);
    expect(body).toMatch(/data-testid="about-title" class="[^"]*highlight[^"]*"/);
  });

  it("embeds __NEXT_DATA__ for hydration, escaped for a script element", async () => {
    const data = nextData(await html("/ssr?x=%3C/script%3E"));
    expect(data.page).toBe("/ssr");
    expect(data.query).toEqual({ x: "</script>" });
    expect(data.gssp).toBe(true);
    expect(typeof data.buildId).toBe("string");
    const raw = await (await get("/ssr?x=%3C/script%3E")).text();
    expect(raw).not.toContain('"x":"</script>"');
  });

  it("serves public files and HEAD requests", async () => {
    expect(await (await get("/hello.txt")).text()).toBe("public file\n");
    const head = await get("/ssr", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
  });

  it("answers the App Router client's Flight request for a pages page without Flight (a document navigation)", async () => {
    const res = await get("/about.rsc", { headers: { rsc: "1" } });
    expect(res.headers.get("content-type") ?? "").not.toMatch(/text\/x-component/);
    expect(res.status).toBeLessThan(300);
  });
}
