// Fonts cause no layout shift on the playground's /fonts page: the font files load
// late on purpose (each woff2 response is held back), so the page first paints with
// the size-adjusted fallback face and then swaps; the summed layout-shift score stays
// under 0.01. The elements use the web font, and the fallback face carries the
// overrides computed from the font file. Follows Next's test/e2e/next-font/index.test.ts
// ("computed styles", "Fallback fontfaces").
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fallbackFace } from "../../src/vite/fonts/fallback";
import { readFontMetrics } from "../../src/vite/fonts/font-metrics";
import { repoRoot } from "../_harness/fixtures";
import { recordLayoutShifts, useBrowser } from "./_browser";

// Long enough that the first paint happens in the fallback face even on a loaded machine.
const FONT_DELAY_MS = 1500;

describe("node-server: next/font without layout shift", () => {
  const { open } = useBrowser();

  /** Opens /fonts with every woff2 held back and returns the summed layout-shift score, first paint and font arrival. */
  async function measure(options: { stripOverrides?: boolean } = {}) {
    const t = await open("/fonts", {
      setup: async (page) => {
        await page.route(/\.woff2$/, async (route) => {
          await new Promise((r) => setTimeout(r, FONT_DELAY_MS));
          await route.continue();
        });
        // The control: the same fallback face without its size and metric overrides.
        if (options.stripOverrides) {
          await page.route(/\.css$/, async (route) => {
            const res = await route.fetch();
            const body = (await res.text()).replace(/(ascent-override|descent-override|line-gap-override|size-adjust):[^;}]*;?/g, "");
            await route.fulfill({ response: res, body });
          });
        }
        await recordLayoutShifts(page);
      },
    });
    await t.page.evaluate(() => document.fonts.ready);
    await t.page.waitForTimeout(300);
    return t.page.evaluate(() => ({
      cls: (window as unknown as { __cls: number }).__cls,
      firstPaint: performance.getEntriesByName("first-contentful-paint")[0]!.startTime,
      fontArrived: Math.max(...performance.getEntriesByType("resource").filter((e) => e.name.endsWith(".woff2")).map((e) => (e as PerformanceResourceTiming).responseEnd)),
      loaded: [...document.fonts].filter((f) => /^"?__noto_[0-9a-f]{6}"?$/.test(f.family) && f.status === "loaded").length,
    }));
  }

  it("swaps from the size-adjusted fallback to the web font with a layout-shift score under 0.01", async () => {
    const adjusted = await measure();
    // The page really painted before the font arrived, in the fallback face, then swapped.
    expect(adjusted.firstPaint).toBeLessThan(adjusted.fontArrived);
    expect(adjusted.loaded).toBeGreaterThan(0);
    expect(adjusted.cls).toBeLessThan(0.01);
    // Without the overrides the same swap moves the page: the measurement can see a shift.
    const plain = await measure({ stripOverrides: true });
    expect(plain.firstPaint).toBeLessThan(plain.fontArrived);
    expect(plain.cls, JSON.stringify({ plain, adjusted })).toBeGreaterThan(adjusted.cls);
    expect(plain.cls).toBeGreaterThanOrEqual(0.01);
  });

  it("renders the elements in the web font, through className, style and the CSS variable", async () => {
    const { page } = await open("/fonts");
    await page.evaluate(() => document.fonts.ready);
    const family = (id: string) => page.evaluate((testId) => getComputedStyle(document.querySelector(`[data-testid="${testId}"]`)!).fontFamily, id);
    expect(await family("font-title")).toMatch(/^__noto_[0-9a-f]{6}, __noto_Fallback_[0-9a-f]{6}$/);
    expect(await family("font-variable")).toMatch(/^__noto_[0-9a-f]{6}, __noto_Fallback_[0-9a-f]{6}$/);
    expect(await family("font-style")).toMatch(/^__notoPlain_[0-9a-f]{6}, system-ui, Arial$/);
    expect(await family("font-client")).toMatch(/^__bold_[0-9a-f]{6}, __bold_Fallback_[0-9a-f]{6}$/);
    // The browser rendered the web font itself (not a fallback) for the heading's text.
    const loaded = await page.evaluate(() => {
      const el = document.querySelector('[data-testid="font-title"]')!;
      const first = getComputedStyle(el).fontFamily.split(",")[0]!.trim();
      return document.fonts.check(`700 16px ${first}`) && [...document.fonts].some((f) => f.family.replace(/"/g, "") === first && f.status === "loaded");
    });
    expect(loaded).toBe(true);
  });

  it("gives the fallback face the overrides computed from the font file", async () => {
    const { page } = await open("/fonts");
    const face = await page.evaluate(() => {
      // sizeAdjust is not in TypeScript's DOM types yet.
      const f = [...document.fonts].find((font) => /__noto_Fallback_/.test(font.family)) as FontFace & { sizeAdjust: string };
      return { ascentOverride: f.ascentOverride, descentOverride: f.descentOverride, lineGapOverride: f.lineGapOverride, sizeAdjust: f.sizeAdjust };
    });
    const expected = fallbackFace(readFontMetrics(readFileSync(join(repoRoot, "playground/app/fonts/noto-sans-latin-400-normal.woff2"))), "Arial");
    expect(face).toEqual({ ascentOverride: expected.ascentOverride, descentOverride: expected.descentOverride, lineGapOverride: expected.lineGapOverride, sizeAdjust: expected.sizeAdjust });
  });
});
