// useServerInsertedHTML (next/navigation) with a CSS-in-JS registry: what callbacks
// return is written into the HTML stream before the content rendered since the
// previous flush: into <head> for the shell, before the streamed segment for content
// that arrives later. Follows Next's test/e2e/app-dir/ppr-full ("server-html" meta
// flushed into the head once) and test/e2e/app-dir/emotion-js (CSS-in-JS styles).
import { expect, it } from "vitest";
import type { SuiteContext } from "../_suite";

const TITLE_STYLE = '<style data-css-in-js="ins-title">.ins-title{color: rgb(0, 128, 0); letter-spacing: 1px}</style>';
const LATE_STYLE = '<style data-css-in-js="ins-late">.ins-late{color: rgb(200, 0, 100)}</style>';

/** Local workerd delivers a streamed body only once it is complete (see suites/boundaries.ts). */
const BUFFERED_LOCALLY = new Set(["cloudflare-module"]);

export default function insertedHtml({ target, get }: SuiteContext) {
  it("writes the shell's styles into <head> and a streamed part's styles before that part, each once", async () => {
    const body = await (await get("/inserted-html")).text();
    const headEnd = body.indexOf("</head>");
    expect(body.split(TITLE_STYLE)).toHaveLength(2);
    expect(body.split(LATE_STYLE)).toHaveLength(2);
    expect(body.indexOf(TITLE_STYLE)).toBeGreaterThan(0);
    expect(body.indexOf(TITLE_STYLE)).toBeLessThan(headEnd);
    // The late rule was registered in a later React flush: after the shell (and its
    // fallback), but before the element that needs it.
    const late = body.indexOf(LATE_STYLE);
    expect(late).toBeGreaterThan(body.indexOf('data-testid="ins-loading"'));
    expect(late).toBeLessThan(body.indexOf('data-testid="ins-late"'));
    expect(body.trimEnd().endsWith("</body></html>")).toBe(true);
  });

  it("streams: the shell with its style arrives before the late part is rendered", async () => {
    if (BUFFERED_LOCALLY.has(target.name)) return;
    const res = await get("/inserted-html");
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let shell = "";
    while (!shell.includes('data-testid="ins-loading"')) shell += decoder.decode((await reader.read()).value, { stream: true });
    expect(shell).toContain(TITLE_STYLE);
    expect(shell).not.toContain(LATE_STYLE);
    expect(shell).not.toContain('data-testid="ins-late"');
    let rest = "";
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) rest += decoder.decode(chunk.value, { stream: true });
    expect(rest).toContain(LATE_STYLE);
  });

  it("pages without useServerInsertedHTML callbacks are unchanged", async () => {
    const body = await (await get("/about")).text();
    expect(body).not.toContain("data-css-in-js");
    expect(body.startsWith("<!DOCTYPE html>")).toBe(true);
  });
}
