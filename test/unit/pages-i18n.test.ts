// Pages Router i18n routing, pure parts. Next: test/e2e/i18n-support (prefixes,
// detection from NEXT_LOCALE and Accept-Language), domain locales (docs:
// https://nextjs.org/docs/pages/guides/internationalization#domain-routing).
import { describe, expect, it } from "vitest";
import { locate, localizeHref } from "../../src/runtime/pages/client-locale";
import { acceptedLanguages, addLocalePrefix, detectLocale, localeRedirect, resolveLocale } from "../../src/runtime/pages/i18n";
import type { I18nConfig } from "../../src/runtime/pages/manifest";
import { resolvePagesConfig } from "../../src/vite/pages-config";

const i18n: I18nConfig = {
  locales: ["en", "fr", "nl-NL"],
  defaultLocale: "en",
  localeDetection: true,
  domains: [{ domain: "nl.example.test", defaultLocale: "nl-NL", http: true }],
};

describe("resolveLocale", () => {
  it.each([
    [["fr", "about"], "example.com", { locale: "fr", defaultLocale: "en", prefixed: true, parts: ["about"] }],
    [["NL-nl"], "example.com", { locale: "nl-NL", defaultLocale: "en", prefixed: true, parts: [] }],
    [["about"], "example.com", { locale: "en", defaultLocale: "en", prefixed: false, parts: ["about"] }],
    [["about"], "NL.example.test", { locale: "nl-NL", defaultLocale: "nl-NL", prefixed: false, parts: ["about"] }],
    [["de", "x"], "example.com", { locale: "en", defaultLocale: "en", prefixed: false, parts: ["de", "x"] }],
  ])("%j on %s", (parts, host, expected) => {
    expect(resolveLocale(parts, host, i18n)).toEqual(expected);
  });
});

describe("detection", () => {
  it("orders Accept-Language by quality", () => {
    expect(acceptedLanguages("fr;q=0.5, de-CH, en;q=0.8, *;q=0.1, xx;q=0")).toEqual(["de-CH", "en", "fr"]);
    expect(acceptedLanguages(null)).toEqual([]);
  });

  it("prefers a valid NEXT_LOCALE cookie, then exact tags, then the same language", () => {
    expect(detectLocale("fr", "en", i18n.locales)).toBe("fr");
    expect(detectLocale("xx", "nl-NL", i18n.locales)).toBe("nl-NL");
    expect(detectLocale(undefined, "fr-CA,en;q=0.5", i18n.locales)).toBe("fr");
    expect(detectLocale(undefined, "nl", i18n.locales)).toBe("nl-NL");
    expect(detectLocale(undefined, "de", i18n.locales)).toBeUndefined();
  });

  it("redirects to the locale's prefix, or to the domain that defaults to it", () => {
    const root = resolveLocale([], "example.com", i18n);
    expect(localeRedirect("fr", root, i18n, "?a=1")).toBe("/fr?a=1");
    expect(localeRedirect("nl-NL", root, i18n, "")).toBe("http://nl.example.test/");
    expect(localeRedirect("en", root, i18n, "")).toBeUndefined();
    expect(addLocalePrefix("/", "fr", "en")).toBe("/fr");
    expect(addLocalePrefix("/a", "en", "en")).toBe("/a");
  });
});

describe("browser locale handling", () => {
  const current = { locale: "fr", defaultLocale: "en" };
  it("keeps the current locale for unprefixed URLs, follows prefixes and `locale`", () => {
    expect(locate(new URL("http://h/about?x=1#y"), undefined, current, i18n)).toMatchObject({ asPath: "/about?x=1#y", display: "/fr/about?x=1#y", locale: "fr" });
    expect(locate(new URL("http://h/nl-NL/about"), undefined, current, i18n)).toMatchObject({ asPath: "/about", display: "/nl-NL/about", locale: "nl-NL" });
    expect(locate(new URL("http://h/about"), "en", current, i18n)).toMatchObject({ display: "/about", locale: "en" });
    expect(locate(new URL("http://h/about"), false, current, i18n)).toMatchObject({ display: "/about", locale: "en" });
    expect(locate(new URL("http://h/"), undefined, current, i18n).dataPath("b")).toBe("/_next/data/b/fr.json");
    expect(locate(new URL("http://h/a?q=1"), undefined, current, i18n).dataPath("b")).toBe("/_next/data/b/fr/a.json?q=1");
    expect(locate(new URL("http://h/a?q=1"), undefined, current, undefined)).toMatchObject({ display: "/a?q=1" });
  });

  it("localizes link hrefs", () => {
    expect(localizeHref("/about", undefined, current, i18n)).toBe("/fr/about");
    expect(localizeHref("/about", "en", current, i18n)).toBe("/about");
    expect(localizeHref("/about", false, current, i18n)).toBe("/about");
    expect(localizeHref("https://other.example/x", undefined, current, i18n)).toBe("https://other.example/x");
  });
});

describe("i18n config", () => {
  it("validates next.config i18n with errors naming the file", () => {
    expect(resolvePagesConfig({}, undefined)).toEqual({});
    expect(resolvePagesConfig({ i18n: { locales: ["en"], defaultLocale: "en" } }, "next.config.js")).toEqual({ i18n: { locales: ["en"], defaultLocale: "en", localeDetection: true } });
    expect(() => resolvePagesConfig({ i18n: { locales: [], defaultLocale: "en" } }, "next.config.js")).toThrow(/\[vinext\] next\.config\.js: "i18n\.locales"/);
    expect(() => resolvePagesConfig({ i18n: { locales: ["en"], defaultLocale: "fr" } }, "next.config.js")).toThrow(/defaultLocale/);
  });
});
