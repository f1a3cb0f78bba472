// next/font/local on the playground's /fonts page: the call sites' values, the
// @font-face and class rules in a stylesheet linked from the FIRST HTML response,
// preload links for the files the route renders, hashed immutable font files.
// Follows Next's test/e2e/next-font/index.test.ts ("import values", "preload",
// "Fallback fontfaces") and docs app/api-reference/components/font.
import { expect, it } from "vitest";
import { isBuild, type SuiteContext } from "../_suite";

interface FontValue {
  className: string;
  variable?: string;
  style: { fontFamily: string; fontWeight?: number; fontStyle?: string };
}

export const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, "&");

/** The text of every stylesheet a page's <head> links. */
export async function linkedCss({ get }: Pick<SuiteContext, "get">, head: string): Promise<string> {
  let css = "";
  for (const [, href] of head.matchAll(/<link rel="stylesheet"[^>]*href="([^"]+)"/g)) {
    // Dev serves a stylesheet's CSS (not its JS module) to a request that accepts text/css, as a browser's <link> does.
    const res = await get(href!, { headers: { accept: "text/css,*/*;q=0.1" } });
    expect(res.status, href).toBe(200);
    css += await res.text();
  }
  return css;
}

/** The page's font values, its <head>, and the text of every stylesheet the head links. */
async function load(ctx: SuiteContext, path = "/fonts") {
  const body = await ctx.html(path);
  const head = body.slice(0, body.indexOf("</head>"));
  const values = JSON.parse(decode(/data-testid="font-values">([^<]*)</.exec(body)![1]!)) as Record<string, FontValue>;
  return { body, head, values, css: await linkedCss(ctx, head) };
}

export const preloads = (head: string) => [...head.matchAll(/<link rel="preload"[^>]*as="font"[^>]*>/g)].map((m) => m[0]);

export default function fonts(ctx: SuiteContext) {
  it("turns each call into className, style and variable with hashed names", async () => {
    const { values } = await load(ctx);
    expect(values.noto).toEqual({
      className: expect.stringMatching(/^__className_[0-9a-f]{6}$/),
      variable: expect.stringMatching(/^__variable_[0-9a-f]{6}$/),
      style: { fontFamily: expect.stringMatching(/^'__noto_[0-9a-f]{6}', '__noto_Fallback_[0-9a-f]{6}'$/), fontStyle: "normal" },
    });
    // adjustFontFallback: false, with its own fallback list and a single weight.
    expect(values.notoPlain).toEqual({
      className: expect.stringMatching(/^__className_[0-9a-f]{6}$/),
      style: { fontFamily: expect.stringMatching(/^'__notoPlain_[0-9a-f]{6}', system-ui, Arial$/), fontWeight: 400 },
    });
    expect(values.noto!.className).not.toBe(values.notoPlain!.className);
  });

  it("puts the @font-face, class and variable rules in a stylesheet of the first HTML response", async () => {
    const { values, css, body } = await load(ctx);
    const noto = values.noto!;
    const family = noto.style.fontFamily.split(", ")[0]!.replace(/'/g, "");
    const flat = css.replace(/\s+/g, "").replace(/"/g, "'");
    expect(flat).toMatch(new RegExp(`@font-face\\{font-family:'?${family}'?;src:url\\([^)]*noto-sans-latin-400-normal[^)]*\\.woff2'?\\)format\\('woff2'\\)`));
    expect(flat).toContain("noto-sans-latin-700-normal");
    expect(flat).toContain(`.${noto.className}{font-family:`);
    expect(flat).toMatch(new RegExp(`\\.${noto.variable}\\{--font-noto:'${family}','__noto_Fallback_`));
    // The size-adjusted fallback face, computed from the woff2's metrics.
    expect(flat).toMatch(/font-family:'?__noto_Fallback_[0-9a-f]{6}'?;src:local\('?Arial'?\),local\('?LiberationSans'?\);ascent-override:\d+(\.\d+)?%;descent-override:\d+(\.\d+)?%;line-gap-override:0%;size-adjust:\d+(\.\d+)?%/);
    // The client component's font is in the first response too.
    expect(body).toMatch(/data-testid="font-client"/);
    const client = /class="(__className_[0-9a-f]{6})" data-testid="font-client"/.exec(body)![1]!;
    expect(flat).toContain(`.${client}{font-family:`);
    expect(body).not.toContain("<style");
  });

  it("preloads the files of the fonts the route renders, in <head>", async () => {
    const { head } = await load(ctx);
    const links = preloads(head);
    const hrefs = links.map((l) => /href="([^"]+)"/.exec(l)![1]!).sort();
    expect(hrefs).toHaveLength(2);
    for (const link of links) {
      expect(link).toContain('type="font/woff2"');
      expect(link).toMatch(/crossorigin=""|crossorigin="anonymous"/);
    }
    expect(hrefs[0]).toMatch(/noto-sans-latin-400-normal.*\.woff2$/);
    expect(hrefs[1]).toMatch(/noto-sans-latin-700-normal.*\.woff2$/);
    if (isBuild(ctx.target)) for (const href of hrefs) expect(href).toMatch(/^\/assets\/noto-sans-latin-[47]00-normal-[\w-]{8}\.woff2$/);
  });

  it("a page that renders no font preloads none", async () => {
    const { head } = { head: (await ctx.html("/about")).split("</head>")[0]! };
    expect(preloads(head)).toEqual([]);
  });

  it.skipIf(!isBuild(ctx.target))("serves the hashed font files as immutable woff2, the same URLs the CSS uses", async () => {
    const { head, css } = await load(ctx);
    const hrefs = preloads(head).map((l) => /href="([^"]+)"/.exec(l)![1]!);
    for (const href of hrefs) {
      expect(css).toContain(href);
      const res = await ctx.get(href);
      expect(res.status).toBe(200);
      expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect(new TextDecoder().decode(bytes.slice(0, 4))).toBe("wOF2");
    }
  });
}
