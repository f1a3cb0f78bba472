// i18n in the browser: transitions keep the current locale (links get its prefix),
// `locale` on a link switches it (router.locale, <html lang>, localized data routes).
// Next: test/e2e/i18n-support (client-side navigation with locales).
import { describe, expect, it } from "vitest";
import { useBrowser } from "./_browser";
import { pagesOutputDir, waitForPagesHydration } from "./_pages";

describe("Pages Router i18n in the browser", () => {
  const { open } = useBrowser({ dir: pagesOutputDir });

  it("keeps the locale on transitions and switches it with a link's locale", async () => {
    const t = await open("/fr/intl");
    await waitForPagesHydration(t);
    await t.setMarker();
    await t.page.click("#intl-to-static");
    await t.waitForText("intl-static-built-for", "fr");
    expect(t.pathname()).toBe("/fr/intl/static");
    expect(t.requests.some((r) => /^\/_next\/data\/[^/]+\/fr\/intl\/static\.json$/.test(r.path))).toBe(true);
    await t.page.goBack();
    await t.waitForText("intl-router-locale", "fr");
    await t.page.click("#intl-to-en");
    await t.waitForText("intl-router-locale", "en");
    expect(t.pathname()).toBe("/intl");
    expect(await t.text("intl-server-locale")).toBe("en");
    expect(await t.page.evaluate(() => document.documentElement.lang)).toBe("en");
    expect(await t.hasMarker()).toBe(true);
  });

  it("redirects / to the browser's preferred locale", async () => {
    const t = await open("/", { locale: "fr-FR", extraHTTPHeaders: { "accept-language": "fr-FR,fr;q=0.9" } });
    expect(t.pathname()).toBe("/fr");
    await t.waitForText("home-title", "Pages Router home");
    // Links prefetch their data in the page's locale, or in the one they name (no 404s in the console).
    await t.settle();
    const data = t.requests.filter((r) => r.path.startsWith("/_next/data/"));
    expect(data.map((r) => r.path.replace(/^\/_next\/data\/[^/]+/, ""))).toEqual(expect.arrayContaining(["/fr/blog/hello.json", "/en/blog/world.json"]));
    expect(data.filter((r) => r.status !== 200)).toEqual([]);
  });
});
