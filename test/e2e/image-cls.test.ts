// next/image causes no layout shift on the playground's /images page: every optimised
// image response is held back, so the page paints first and the images arrive later;
// the boxes are reserved by width/height (and `fill` inside a sized parent), so the
// summed layout-shift score stays under 0.01. The control strips width/height from the
// same HTML and must shift. Also: the images really load through /_next/image in a
// format Chromium negotiates, and the blur placeholder is dropped once the image is in.
// Follows Next's test/integration/next-image-new/app-dir ("should load the images",
// "should add a blur placeholder", layout tests) and the docs on preventing layout shift.
import { describe, expect, it } from "vitest";
import { recordLayoutShifts, useBrowser } from "./_browser";

const IMAGE_DELAY_MS = 1200;

describe("node-server: next/image without layout shift", () => {
  const { open } = useBrowser();

  async function measure(options: { stripSizes?: boolean } = {}) {
    const t = await open("/images", {
      // Tall enough that every image is in view (lazy ones load too).
      viewport: { width: 1280, height: 3200 },
      allow: options.stripSizes ? [/hydrat/i] : [],
      setup: async (page) => {
        await page.route(/\/_next\/image\?/, async (route) => {
          await new Promise((r) => setTimeout(r, IMAGE_DELAY_MS));
          await route.continue();
        });
        if (options.stripSizes) {
          await page.route(/\/images$/, async (route) => {
            const res = await route.fetch();
            const body = (await res.text()).replace(/(<img[^>]*?) width="\d+" height="\d+"/g, "$1");
            await route.fulfill({ response: res, body });
          });
        }
        await recordLayoutShifts(page);
      },
    });
    // Every optimised image in the page has arrived and decoded.
    await t.page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>("img[id]")].every((img) => img.complete && img.naturalWidth > 0), undefined, { timeout: 20_000 });
    await t.page.waitForTimeout(300);
    const result = await t.page.evaluate(() => ({
      cls: (window as unknown as { __cls: number }).__cls,
      firstPaint: performance.getEntriesByName("first-contentful-paint")[0]!.startTime,
      imagesArrived: Math.min(
        ...performance.getEntriesByType("resource").filter((e) => e.name.includes("/_next/image?")).map((e) => (e as PerformanceResourceTiming).responseEnd),
      ),
    }));
    return { ...result, page: t.page };
  }

  it("images arriving after first paint shift nothing (score under 0.01); without width/height they do", async () => {
    const sized = await measure();
    expect(sized.firstPaint).toBeLessThan(sized.imagesArrived);
    expect(sized.cls).toBeLessThan(0.01);
    const unsized = await measure({ stripSizes: true });
    expect(unsized.firstPaint).toBeLessThan(unsized.imagesArrived);
    expect(unsized.cls, JSON.stringify({ sized: sized.cls, unsized: unsized.cls })).toBeGreaterThanOrEqual(0.01);
  });

  it("loads through /_next/image in the format Chromium asks for, at the width it picks, and drops the blur", async () => {
    const { page } = await open("/images", { viewport: { width: 1280, height: 3200 } });
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>("img[id]")].every((img) => img.complete && img.naturalWidth > 0), undefined, { timeout: 20_000 });
    const fixed = await page.evaluate(() => {
      const img = document.getElementById("fixed") as HTMLImageElement;
      return { currentSrc: img.currentSrc, naturalWidth: img.naturalWidth, width: img.getBoundingClientRect().width };
    });
    // 600 CSS px at DPR 1: the 1x candidate (640 wide).
    expect(new URL(fixed.currentSrc).pathname + new URL(fixed.currentSrc).search).toBe("/_next/image?url=%2Fimages%2Fwide.png&w=640&q=75");
    expect(fixed.naturalWidth).toBe(640);
    expect(fixed.width).toBe(600);
    const entry = await page.evaluate(async (src) => {
      const res = await fetch(src, { headers: { accept: "image/avif,image/webp,*/*" } });
      return res.headers.get("content-type");
    }, fixed.currentSrc);
    expect(entry).toBe("image/avif");
    // The blur placeholder is a background until the image loads, then removed.
    await page.waitForFunction(() => !(document.getElementById("static-blur") as HTMLImageElement).style.backgroundImage);
    expect(await page.evaluate(() => (document.getElementById("static-blur") as HTMLImageElement).naturalWidth)).toBe(400);
  });
});
