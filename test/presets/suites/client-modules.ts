// next/dynamic, next/script, next/form and next/error in the server HTML.
// Follows Next: test/e2e/app-dir/dynamic/dynamic.test.ts (SSR content of
// dynamic in server and client components, ssr: false absent from HTML, named
// exports, only the rendered chunks referenced), test/e2e/app-dir/app/index.test.ts
// "next/script" (beforeInteractive in the HTML with extra props, preloads for
// before/afterInteractive but not lazyOnload), test/e2e/next-script (worker
// strategy without Partytown), test/e2e/app-dir/next-form (a plain GET form
// without JS), and Next's error page texts for next/error.
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { isBuild, outputOf, text, type SuiteContext } from "../_suite";

/** The built client chunks: file name → code. */
function clientChunks(dir: string): Map<string, string> {
  const root = join(outputOf({ dir }).publicDir, "assets");
  const out = new Map<string, string>();
  for (const name of readdirSync(root)) if (name.endsWith(".js")) out.set(name, readFileSync(join(root, name), "utf8"));
  return out;
}

/** Index of the bootstrap script (the inline `import("/assets/…")` that starts hydration). */
function bootstrapIndex(html: string): number {
  const index = html.search(/<script[^>]*>import\("\/assets\/[^"]+\.js"\)<\/script>/);
  expect(index, "bootstrap script").toBeGreaterThan(0);
  return index;
}

export default function clientModules({ target, server, get, html }: SuiteContext) {
  describe("next/dynamic", () => {
    it("server-renders dynamic server and client components, named exports and the ssr: false fallbacks", async () => {
      const body = await html("/client-modules/dynamic");
      expect(text(body, "server-dynamic")).toBe("dynamic on server (rendered on the server)");
      expect(text(body, "server-imports-client")).toBe("dynamic server import client (clicks: 0)");
      expect(text(body, "server-named")).toBe("named export button");
      expect(text(body, "server-dynamic-slow")).toBe("dynamic on server (rendered on the server)");
      expect(text(body, "client-dynamic")).toBe("dynamic on client (clicks: 0)");
      expect(text(body, "client-named")).toBe("named export button");
      expect(body).not.toContain("default export (should not render)");
      // ssr: false: the loading UI is in the HTML, the component is not.
      expect(text(body, "browser-only-loading")).toBe("Loading browser-only component…");
      expect(text(body, "gated-loading")).toBe("Loading gated component…");
      expect(body).not.toContain("vinext-marker:browser-only");
      expect(body).not.toContain("bare browser-only");
      expect(body).not.toContain("gated component loaded");
    });

    // Chunks and the bootstrap script exist only in builds (dev serves modules one by one).
    it.skipIf(!isBuild(target))("code-splits the ssr: false component into a chunk the page does not reference up front", async () => {
      const chunks = clientChunks(target.dir);
      const holders = [...chunks].filter(([, code]) => code.includes("vinext-marker:browser-only")).map(([name]) => name);
      expect(holders).toHaveLength(1);
      const [chunk] = holders as [string];
      // Not bundled with the component that imports it, nor with the entry.
      expect(chunks.get(chunk)).not.toContain("vinext-marker:client-dynamics");
      const body = await html("/client-modules/dynamic");
      expect(body).not.toContain(basename(chunk));
    });

    it("refuses ssr: false in a Server Component with a [vinext] error in the log and no message in the response", async () => {
      const res = await get("/client-modules/dynamic/server-ssr-false?ssr=false");
      expect(res.status).toBe(500);
      const body = await res.text();
      expect(body).not.toContain("ssr: false");
      await expect.poll(() => server().logs(), { timeout: 5000 }).toContain("[vinext] `ssr: false` is not allowed with `next/dynamic` in Server Components");
      // The same route without ssr: false renders.
      expect(text(await html("/client-modules/dynamic/server-ssr-false"), "server-ssr-false")).toBe("dynamic on server (rendered on the server)");
    });
  });

  describe("next/script", () => {
    it.skipIf(!isBuild(target))("puts beforeInteractive scripts (src and inline, with extra props) in the HTML before the bootstrap", async () => {
      const body = await html("/client-modules/script");
      const boot = bootstrapIndex(body);
      const src = body.search(/<script src="\/client-modules\/before\.js" id="before-script" data-extra-prop="with-src" data-nscript="beforeInteractive"><\/script>/);
      const inline = body.indexOf('<script id="inline-before" data-extra-prop="inline" data-nscript="beforeInteractive">(window.__vinextOrder');
      expect(src).toBeGreaterThan(0);
      expect(inline).toBeGreaterThan(src);
      expect(boot).toBeGreaterThan(inline);
      // Parser-blocking (neither async nor defer), so they run before hydration starts.
      expect(body).not.toMatch(/<script[^>]*(async|defer)[^>]*before\.js/);
    });

    it("preloads beforeInteractive and afterInteractive sources in <head>, not lazyOnload, and injects no tag for them", async () => {
      const body = await html("/client-modules/script");
      const head = body.slice(0, body.indexOf("</head>"));
      expect(head).toMatch(/<link rel="preload" href="\/client-modules\/before\.js" as="script"\/>/);
      expect(head).toMatch(/<link rel="preload" href="\/client-modules\/after\.js" as="script" crossorigin=""\/>/);
      expect(body).not.toMatch(/<link[^>]*href="\/client-modules\/lazy\.js"/);
      expect(body).not.toMatch(/<script[^>]*src="\/client-modules\/(after|lazy|once|shared)\.js"/);
    });

    it("serves the script fixtures", async () => {
      const res = await get("/client-modules/before.js");
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('push("before")');
    });

    it('fails strategy="worker" loudly: 500, a [vinext] message in the log, none in the response', async () => {
      expect(await html("/client-modules/script/worker")).toContain("worker strategy");
      const res = await get("/client-modules/script/worker?strategy=worker");
      expect(res.status).toBe(500);
      expect(await res.text()).not.toContain("Partytown");
      await expect.poll(() => server().logs(), { timeout: 5000 }).toContain('[vinext] <Script strategy="worker"> runs scripts in a web worker through Partytown');
    });
  });

  describe("next/form", () => {
    it("renders a plain GET form for the string action, so it works without JavaScript", async () => {
      const body = await html("/client-modules/form");
      const form = /<form[^>]*data-testid="search-form"[^>]*>/.exec(body)?.[0];
      expect(form).toContain('action="/client-modules/form/results"');
      expect(form).not.toMatch(/method=|enctype=|target=/i);
      expect(body).toMatch(/<input[^>]*data-testid="form-q"[^>]*>/);
    });

    it("the target page reads the submitted fields", async () => {
      const body = await html("/client-modules/form/results?q=vite+rsc&from=search-button");
      expect(text(body, "form-results")).toBe("q: vite rsc");
      expect(text(body, "form-results-from")).toBe("from: search-button");
    });
  });

  describe("next/error", () => {
    it.each([
      ["", "404", "This page could not be found"],
      ["?code=500", "500", "Internal Server Error"],
      ["?code=400", "400", "Bad Request"],
      ["?code=418", "418", "An unexpected error has occurred"],
      ["?code=404&title=Gone%20fishing", "404", "Gone fishing"],
    ])("/client-modules/error%s shows %s: %s", async (query, status, message) => {
      const body = await html(`/client-modules/error${query}`);
      expect(body).toContain(`<title>${status}: ${message}</title>`);
      expect(body).toMatch(new RegExp(`<h1 class="next-error-h1"[^>]*>${status}</h1>`));
      expect(body).toMatch(new RegExp(`<h2[^>]*>${message}\\.</h2>`));
    });
  });
}
