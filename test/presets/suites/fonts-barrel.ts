// Fonts a page reaches only through barrels (page → components/typography/index.ts →
// fonts.ts, and one level deeper through nested/index.ts): the @font-face and class
// rules are in a stylesheet of the FIRST HTML response and the classes are applied.
// Next: test/e2e/next-font/with-font-declarations-file.test.ts (fonts from a shared
// declarations file, preloaded per page) and index.test.ts (CompWithFonts).
// Fixture: playground/app/app/fonts/barrel, playground/app/components/typography.
import { expect, it } from "vitest";
import type { SuiteContext } from "../_suite";
import { decode, linkedCss, preloads } from "./fonts";

interface FontValue {
  className: string;
  variable?: string;
  style: { fontFamily: string };
}

export default function fontsBarrel(ctx: SuiteContext) {
  it("links the @font-face and class rules of fonts reached through two and three import levels", async () => {
    const body = await ctx.html("/fonts/barrel");
    const head = body.slice(0, body.indexOf("</head>"));
    const values = JSON.parse(decode(/data-testid="barrel-values">([^<]*)</.exec(body)![1]!)) as Record<string, FontValue>;
    const { display, caption } = values as { display: FontValue; caption: FontValue };
    // The classes are applied where the page uses them.
    expect(body).toMatch(new RegExp(`class="${display.variable}"`));
    expect(body).toMatch(new RegExp(`class="${display.className}" data-testid="barrel-display"`));
    expect(body).toMatch(new RegExp(`class="${caption.className}" data-testid="barrel-caption"`));
    const flat = (await linkedCss(ctx, head)).replace(/\s+/g, "").replace(/"/g, "'");
    for (const font of [display, caption]) {
      const family = font.style.fontFamily.split(", ")[0]!.replace(/'/g, "");
      expect(flat, family).toMatch(new RegExp(`@font-face\\{font-family:'?${family}'?;src:url\\(`));
      expect(flat).toContain(`.${font.className}{font-family:`);
    }
    expect(flat).toMatch(new RegExp(`\\.${display.variable}\\{--font-display:`));
    expect(flat).toContain("noto-sans-latin-700-normal");
    expect(body).not.toContain("<style");
  });

  it("preloads the barrel's font that asks for it (and not the one with preload: false)", async () => {
    const head = (await ctx.html("/fonts/barrel")).split("</head>")[0]!;
    const hrefs = preloads(head).map((link) => /href="([^"]+)"/.exec(link)![1]!);
    expect(hrefs).toHaveLength(1);
    expect(hrefs[0]).toMatch(/noto-sans-latin-700-normal.*\.woff2$/);
  });
}
