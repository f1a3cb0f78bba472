// Foundation behaviour: routing precedence and params (Next: test/e2e/app-dir/dynamic,
// test/e2e/app-dir/catch-all), not-found (test/e2e/app-dir/not-found), repeated
// slashes (test/integration/repeated-slashes), env inlining (test/integration/env-config),
// assets and public files, and bad input.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isBuild, outputOf, text, type SuiteContext } from "../_suite";

function clientFiles(dir: string): string[] {
  const root = outputOf({ dir }).publicDir;
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(m?js)$/.test(entry.name)) out.push(full);
    }
  };
  walk(root);
  return out;
}

export default function foundation({ target, server: currentServer, get, html }: SuiteContext) {
  it("renders the home page as streamed HTML with the Flight payload embedded", async () => {
    const res = await get("/");
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    const body = await res.text();
    expect(body.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(text(body, "home-title")).toBe("Welcome to vinext");
    expect(text(body, "counter-layout")).toBe("layout count: 0");
    expect(body).toContain("self.__vinext_f");
    // The bootstrap imports the client entry (a hashed /assets file in builds).
    expect(body).toMatch(isBuild(target) ? /<script[^>]*>import\("\/assets\/[^"]+\.js"\)<\/script>/ : /<script[^>]*>import\("[^"]+"\)<\/script>/);
    expect(body.trimEnd().endsWith("</body></html>")).toBe(true);
  });

  it.each([
    ["/about", "about-title", "About"],
    ["/blog/hello-world", "blog-slug", "Post: hello-world"],
    ["/blog/caf%C3%A9", "blog-slug", "Post: café"],
    ["/blog/featured", "blog-featured", "Featured posts"],
    ["/docs/getting/started", "docs-slug", "Docs: getting / started"],
    ["/docs/intro", "docs-intro", "Docs introduction"],
    ["/docs/intro/more", "docs-slug", "Docs: intro / more"],
    ["/shop", "shop-path", "Shop: (all)"],
    ["/shop/a/b/c", "shop-path", "Shop: a/b/c"],
    ["/pricing", "pricing-title", "Pricing (in a route group)"],
    ["/dashboard/settings", "settings-page", "Dashboard settings"],
  ])("routes %s", async (path, testId, expected) => {
    expect(text(await html(path), testId)).toBe(expected);
  });

  it("passes searchParams to the page and to useSearchParams during SSR", async () => {
    const body = await html("/search?q=vite%20rsc&x=1&x=2");
    expect(text(body, "search-query")).toBe("Results for: vite rsc");
    expect(text(body, "search-use")).toBe("x: 1+2");
    expect(text(body, "client-search")).toBe("q=vite+rsc&amp;x=1&amp;x=2");
    expect(text(body, "client-pathname")).toBe("/search");
  });

  // The playground has app/not-found.tsx, so that is the 404 UI (Next: test/e2e/app-dir/not-found/basic).
  it("answers unmatched URLs and private folders with app/not-found.tsx and status 404", async () => {
    for (const path of ["/does-not-exist", "/_private", "/blog/a/b"]) {
      const body = await html(path, 404);
      expect(text(body, "root-not-found"), path).toBe("Nothing lives at this address");
      expect(body).not.toContain("This page could not be found.");
      // The root layout still wraps the 404 UI.
      expect(text(body, "counter-layout")).toBe("layout count: 0");
    }
  });

  it("serves Flight to client navigations from <path>.rsc (pre-rendered or not)", async () => {
    for (const [path, expected] of [["/about.rsc", "About"], ["/index.rsc", "Welcome to vinext"], ["/search.rsc?q=flight", "flight"]] as const) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get("content-type"), path).toMatch(/^text\/x-component/);
      expect(await res.text(), path).toContain(expected);
    }
    // A request for a dynamic page with the RSC header alone is answered with Flight too.
    const byHeader = await get("/search?q=hdr", { headers: { rsc: "1" } });
    expect(byHeader.headers.get("content-type")).toMatch(/^text\/x-component/);
    expect(byHeader.headers.get("vary")).toContain("rsc");
  });

  it("serves public files at the root", async () => {
    const robots = await get("/robots.txt");
    expect(robots.status).toBe(200);
    // app/robots.ts answers it now, in Next's "User-Agent" spelling (test/presets/suites/metadata.ts).
    expect(await robots.text()).toMatch(/^User-agent: \*$/im);
    const data = await get("/data.json");
    expect(await data.json()).toEqual({ ok: true });
  });

  // Dev serves unbundled modules: hashed, immutable assets exist only in builds.
  it.skipIf(!isBuild(target))("serves hashed client assets as immutable", async () => {
    const body = await html("/");
    const css = /href="(\/assets\/[^"]+\.css)"/.exec(body)?.[1];
    const js = /import\("(\/assets\/[^"]+\.js)"\)/.exec(body)?.[1];
    expect(css && js).toBeTruthy();
    for (const asset of [css!, js!]) {
      const res = await get(asset);
      expect(res.status, asset).toBe(200);
      expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    }
    const cssRes = await get(css!);
    expect(cssRes.headers.get("content-type")).toMatch(/text\/css/);
  });

  it("applies CSS modules and the PostCSS config", async () => {
    const body = await html("/");
    // In the first response's <head>, so the page never paints unstyled.
    const head = body.slice(0, body.indexOf("</head>"));
    const cssLinks = [...head.matchAll(/rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
    expect(cssLinks.length).toBeGreaterThan(0);
    const sheets = await Promise.all(cssLinks.map(async (href) => (await get(href)).text()));
    const all = sheets.join("\n");
    // The playground's PostCSS plugin replaced the marker (the minifier may shorten the colour).
    expect(all).toMatch(/--accent:\s*(green|rgb\(0, 128, 0\)|#008000)/);
    expect(all).not.toContain("postcss-marker");
    const heroClass = /class="([^"]+)" data-testid="home-title"/.exec(body)?.[1];
    expect(heroClass).toMatch(/hero/);
    expect(all).toContain(`.${heroClass}`);
  });

  // Reads the client bundles in .output: builds only (the dev check is the rendered text).
  it.skipIf(!isBuild(target))("inlines NEXT_PUBLIC_* and keeps other variables out of client code", async () => {
    const body = await html("/");
    expect(text(body, "server-public-env")).toBe("hello from .env");
    expect(text(body, "client-public-env")).toBe("hello from .env");
    // Next's order: .env.production wins over .env in a build (test/integration/env-config).
    expect(text(body, "server-stage-env")).toBe("production");
    const bundles = clientFiles(target.dir).map((file) => readFileSync(file, "utf8"));
    expect(bundles.some((code) => code.includes("hello from .env"))).toBe(true);
    expect(bundles.some((code) => code.includes("server-only-secret-value"))).toBe(false);
  });

  it.skipIf(isBuild(target))("loads .env.development under vinext dev", async () => {
    expect(text(await html("/"), "server-stage-env")).toBe("development");
  });

  it("answers HEAD without a body and other methods on pages with 405", async () => {
    const head = await get("/about", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
    const post = await get("/about", { method: "DELETE" });
    expect(post.status).toBe(405);
  });

  describe("bad input", () => {
    it("rejects malformed percent-encoding with 400", async () => {
      expect((await get("/%E0%A4%A")).status).toBe(400);
    });

    it("does not traverse with encoded dot segments", async () => {
      const res = await get("/..%2f..%2fetc/passwd");
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain("root:");
    });

    it("never redirects off-site for protocol-relative paths", async () => {
      const res = await get("//evil.com");
      expect([308, 400, 404]).toContain(res.status);
      const location = res.headers.get("location");
      if (location) expect(new URL(location, currentServer().url).origin).toBe(currentServer().url);
    });

    it("handles a large query string and rejects an oversized one without crashing", async () => {
      const large = await get(`/search?q=${"a".repeat(6000)}`);
      expect(large.status).toBe(200);
      const huge = await get(`/search?q=${"a".repeat(200_000)}`);
      expect(huge.status).toBeGreaterThanOrEqual(400);
      expect(huge.status).toBeLessThan(500);
      expect((await get("/about")).status).toBe(200);
    });

    it("ignores unknown and garbage Next-Router-* headers", async () => {
      const res = await get("/about", {
        headers: {
          "next-router-state-tree": "%7Bnot json",
          "next-router-prefetch": "garbage",
          "next-router-segment-prefetch": "/../..",
          "next-router-unknown": "1",
        },
      });
      expect(res.status).toBe(200);
      expect(text(await res.text(), "about-title")).toBe("About");
    });
  });
}
