// Pages Router i18n. Next: test/e2e/i18n-support (locale prefixes, default locale
// without prefix, detection from Accept-Language and NEXT_LOCALE on `/`, locale in
// data functions and the router, <html lang>, prerendered per locale),
// test/e2e/i18n-data-route (`/_next/data/<id>/<locale>/...`), test/e2e/i18n-api-support
// (API routes are not localized), domain locales (test/e2e/i18n-domains...).
import { request } from "node:http";
import { expect, it } from "vitest";
import { isBuild, text } from "../_suite";
import { nextData, type PagesSuiteContext } from "../pages-suite";

/** GET with a Host header of our choosing (fetch does not let one set Host). */
function getWithHost(base: string, path: string, host: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, base), { headers: { host } }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve(body));
    });
    req.on("error", reject);
    req.end();
  });
}

export default function i18n({ target, get, html, buildId, server }: PagesSuiteContext) {
  it("renders the default locale without a prefix and others with theirs", async () => {
    for (const [path, locale] of [["/intl", "en"], ["/en/intl", "en"], ["/fr/intl", "fr"], ["/nl-nl/intl", "nl-NL"]] as const) {
      const body = await html(path);
      expect(text(body, "intl-server-locale"), path).toBe(locale);
      expect(text(body, "intl-router-locale"), path).toBe(locale);
      expect(text(body, "intl-as-path"), path).toBe("/intl");
      expect(body, path).toContain(`<html lang="${locale}">`);
      const data = nextData(body);
      expect([data.locale, data.defaultLocale, data.locales], path).toEqual([locale, "en", ["en", "fr", "nl-NL"]]);
    }
  });

  it("gives links the current locale's prefix, or the one they ask for", async () => {
    expect(await html("/fr")).toContain('id="to-world" href="/blog/world"');
    const fr = await html("/fr/intl");
    expect(fr).toContain('id="intl-to-static" href="/fr/intl/static"');
    expect(fr).toContain('id="intl-to-en" href="/intl"');
    const en = await html("/intl");
    expect(en).toContain('id="intl-to-static" href="/intl/static"');
    expect(en).toContain('id="intl-to-fr" href="/fr/intl"');
  });

  it("detects the locale on / from NEXT_LOCALE, then Accept-Language", async () => {
    const byHeader = await get("/?x=1", { headers: { "accept-language": "fr-CA,fr;q=0.9,en;q=0.5" } });
    expect(byHeader.status).toBe(307);
    expect(byHeader.headers.get("location")).toBe("/fr?x=1");
    const byCookie = await get("/", { headers: { "accept-language": "fr", cookie: "NEXT_LOCALE=en" } });
    expect(byCookie.status).toBe(200);
    const nl = await get("/", { headers: { "accept-language": "nl" } });
    expect(nl.status).toBe(307);
    // nl-NL is the default locale of its own domain.
    expect(nl.headers.get("location")).toBe("http://nl.example.test/");
    expect((await get("/", { headers: { "accept-language": "de,en;q=0.8" } })).status).toBe(200);
    // Only the root path is redirected; a prefixed root is not.
    expect((await get("/about", { headers: { "accept-language": "fr" } })).status).toBe(200);
    expect((await get("/fr", { headers: { "accept-language": "nl" } })).status).toBe(200);
  });

  it("builds getStaticProps pages per locale and serves localized data routes", async () => {
    expect(text(await html("/intl/static"), "intl-static-built-for")).toBe("en");
    expect(text(await html("/fr/intl/static"), "intl-static-built-for")).toBe("fr");
    const id = await buildId();
    expect((await (await get(`/_next/data/${id}/fr/intl/static.json`)).json()).pageProps).toEqual({ builtFor: "fr" });
    expect((await (await get(`/_next/data/${id}/nl-NL/intl.json`)).json()).pageProps.fromServer.locale).toBe("nl-NL");
    expect((await (await get(`/_next/data/${id}/intl.json`)).json()).pageProps.fromServer.locale).toBe("en");
  });

  // Vite's dev server refuses Host headers it does not know (DNS-rebinding guard), so domain locales are checked on builds.
  it.skipIf(!isBuild(target))("uses a domain's default locale on that domain", async () => {
    const body = await getWithHost(server().url, "/intl", "nl.example.test");
    expect(text(body, "intl-server-locale")).toBe("nl-NL");
    expect(body).toContain('<html lang="nl-NL">');
  });

  // Next: test/integration/custom-routes-i18n ("should respond to default locale redirects correctly", "should rewrite correctly").
  it("matches next.config redirects below the locale and keeps the locale on the destination", async () => {
    for (const [path, location] of [
      ["/i18n-redirect", "/about"],
      ["/en/i18n-redirect", "/about"],
      ["/fr/i18n-redirect", "/fr/about"],
      ["/nl-NL/i18n-redirect?q=1", "/nl-NL/about?q=1"],
      ["/nl-NL/i18n-only-nl", "/about"],
    ] as const) {
      const res = await get(path);
      expect(res.status, path).toBe(307);
      expect(res.headers.get("location"), path).toBe(location);
    }
    // A `locale: false` source names its locale: another locale's path is not matched.
    expect((await get("/fr/i18n-only-nl")).status).toBe(404);
    expect((await get("/i18n-only-nl")).status).toBe(404);
  });

  it("rewrites in the request's locale, or to the locale a `locale: false` rule names", async () => {
    for (const [path, locale] of [
      ["/i18n-rewrite", "en"],
      ["/fr/i18n-rewrite", "fr"],
      ["/fr/i18n-explicit", "nl-NL"],
      // No prefix is the default locale, so "/en/i18n-default" matches it.
      ["/i18n-default", "fr"],
      ["/en/i18n-default", "fr"],
    ] as const) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(text(await res.text(), "intl-server-locale"), path).toBe(locale);
    }
    expect((await get("/i18n-explicit")).status).toBe(404);
    const id = await buildId();
    const data = await get(`/_next/data/${id}/fr/i18n-rewrite.json`);
    expect((await data.json()).pageProps.fromServer.locale).toBe("fr");
  });

  it("applies next.config headers to every locale's path", async () => {
    for (const path of ["/about", "/fr/about", "/nl-NL/about"]) {
      expect((await get(path)).headers.get("x-i18n-about"), path).toBe("any-locale");
    }
  });

  // Next: test/e2e/middleware-custom-matchers-i18n ("should match %s", "should not match %s").
  it("runs middleware for a matcher below any locale, and for a locale: false matcher only in its locale", async () => {
    // nextUrl carries the locale apart from the pathname.
    for (const [path, seen] of [["/i18n-mw", "en:/i18n-mw"], ["/en/i18n-mw", "en:/i18n-mw"], ["/fr/i18n-mw", "fr:/i18n-mw"], ["/nl-NL/i18n-mw-nl", "nl-NL:/i18n-mw-nl"]]) {
      const res = await get(path!);
      expect(res.status, path).toBe(200);
      expect(res.headers.get("x-i18n-middleware"), path).toBe(seen);
      expect(text(await res.text(), "about-title"), path).toBe("About the Pages Router");
    }
    for (const path of ["/i18n-mw-nl", "/en/i18n-mw-nl", "/fr/i18n-mw-nl", "/invalid/i18n-mw"]) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get("x-i18n-middleware"), path).toBeNull();
    }
  });

  it("does not localize API routes", async () => {
    expect(await (await get("/api/locale?a=1")).json()).toEqual({ url: "/api/locale?a=1" });
    expect((await get("/fr/api/locale")).status).toBe(404);
  });
}
