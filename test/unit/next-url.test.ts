// NextURL: request.nextUrl (https://nextjs.org/docs/app/api-reference/functions/next-request#nexturl).
// basePath is stripped from `pathname` and kept in `href`; clone() is independent.
import { describe, expect, it } from "vitest";
import { NextURL } from "../../src/runtime/server/next-url";

describe("NextURL", () => {
  it("reads like a WHATWG URL", () => {
    const url = new NextURL("https://user:pw@example.com:8080/a/b?x=1&x=2#frag");
    expect(url.pathname).toBe("/a/b");
    expect(url.search).toBe("?x=1&x=2");
    expect(url.searchParams.getAll("x")).toEqual(["1", "2"]);
    expect(url.origin).toBe("https://example.com:8080");
    expect([url.protocol, url.username, url.password, url.host, url.hostname, url.port, url.hash]).toEqual([
      "https:",
      "user",
      "pw",
      "example.com:8080",
      "example.com",
      "8080",
      "#frag",
    ]);
    expect(url.basePath).toBe("");
    expect(url.locale).toBe("");
    expect(String(url)).toBe(url.href);
    expect(JSON.stringify({ url })).toBe(JSON.stringify({ url: url.href }));
  });

  it("accepts a base URL like new URL(input, base)", () => {
    expect(new NextURL("/x?y=1", "http://h.test").href).toBe("http://h.test/x?y=1");
    expect(() => new NextURL("/relative")).toThrow(TypeError);
  });

  it.each([
    ["https://a.test/docs/intro", "/docs", "/intro", "/docs"],
    ["https://a.test/docs", "/docs", "/", "/docs"],
    ["https://a.test/docs/", "docs/", "/", "/docs"],
    ["https://a.test/documents/x", "/docs", "/documents/x", ""],
    ["https://a.test/other", "/docs", "/other", ""],
  ])("%s with basePath %s → pathname %s, basePath %j", (href, basePath, pathname, seen) => {
    const url = new NextURL(href, { basePath });
    expect(url.pathname).toBe(pathname);
    expect(url.basePath).toBe(seen);
    expect(url.href).toBe(href);
  });

  it("keeps the basePath when the pathname is set", () => {
    const url = new NextURL("https://a.test/docs/intro?q=1", { basePath: "/docs" });
    url.pathname = "/guide";
    expect(url.href).toBe("https://a.test/docs/guide?q=1");
    url.pathname = "/";
    expect(url.href).toBe("https://a.test/docs?q=1");
    url.pathname = "no-slash";
    expect(url.pathname).toBe("/no-slash");
  });

  it("clones independently, keeping basePath and buildId", () => {
    const url = new NextURL("https://a.test/docs/intro?q=1", { basePath: "/docs", buildId: "b1" });
    const copy = url.clone();
    copy.pathname = "/other";
    copy.searchParams.set("q", "2");
    expect(url.href).toBe("https://a.test/docs/intro?q=1");
    expect(copy.href).toBe("https://a.test/docs/other?q=2");
    expect(copy.buildId).toBe("b1");
    expect(copy).toBeInstanceOf(NextURL);
  });

  it("writes through its setters", () => {
    const url = new NextURL("http://a.test/x");
    url.search = "?a=1";
    url.hash = "h";
    url.host = "b.test:81";
    url.protocol = "https:";
    expect(url.href).toBe("https://b.test:81/x?a=1#h");
    url.href = "http://c.test/y";
    expect(url.pathname).toBe("/y");
  });

  // Pages i18n: the locale is read off the path (else the domain's or config's default),
  // `pathname` is seen without it, and setting `locale` moves the prefix in `href`.
  describe("with i18n", () => {
    const i18n = { locales: ["en", "fr", "nl-NL"], defaultLocale: "en", localeDetection: true, domains: [{ domain: "nl.example.test", defaultLocale: "nl-NL" }] };

    it("reads the locale from the path or the defaults", () => {
      const fr = new NextURL("https://a.test/docs/FR/about?x=1", { basePath: "/docs", i18n });
      expect([fr.locale, fr.defaultLocale, fr.pathname, fr.href]).toEqual(["fr", "en", "/about", "https://a.test/docs/fr/about?x=1"]);
      const plain = new NextURL("https://a.test/about", { i18n });
      expect([plain.locale, plain.pathname, plain.href]).toEqual(["en", "/about", "https://a.test/about"]);
      const nl = new NextURL("http://nl.example.test/", { i18n });
      expect([nl.locale, nl.defaultLocale, nl.domainLocale?.domain]).toEqual(["nl-NL", "nl-NL", "nl.example.test"]);
      expect(new NextURL("https://a.test/fr", { i18n }).pathname).toBe("/");
      expect(new NextURL("https://a.test/francais", { i18n }).pathname).toBe("/francais");
    });

    it("keeps the locale when the pathname changes and moves it when the locale does", () => {
      const url = new NextURL("https://a.test/fr/about", { i18n });
      url.pathname = "/contact";
      expect(url.href).toBe("https://a.test/fr/contact");
      url.locale = "en";
      expect(url.href).toBe("https://a.test/contact");
      url.locale = "nl-NL";
      const copy = url.clone();
      url.locale = "fr";
      expect(copy.href).toBe("https://a.test/nl-NL/contact");
      expect(() => (url.locale = "de")).toThrow(/no locale "de"/);
      url.pathname = "/api/hello";
      expect(url.href).toBe("https://a.test/api/hello");
      expect(new NextURL("https://a.test/about").locale).toBe("");
    });
  });
});
