// next/font/google under `vinext dev`: fonts are downloaded on the first request
// that needs them and served from the cache folder; when Google Fonts cannot be
// reached dev keeps serving with the fallback fonts and a warning, as Next does
// (test/e2e/next-font/google-fetch-error.test.ts "should use a fallback font in dev").
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeGoogleFonts, type FakeGoogleFonts } from "../_harness/fake-google-fonts";
import { freePort, startDevServer, type RunningServer } from "../_harness/servers";
import { writeApp } from "../_harness/tmp-app";
import { GOOGLE_FONT_APP } from "../_harness/google-font-app";

const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, "&");

async function page(server: RunningServer) {
  const body = await (await fetch(server.url + "/")).text();
  const head = body.slice(0, body.indexOf("</head>"));
  let css = "";
  for (const [, href] of head.matchAll(/<link rel="stylesheet"[^>]*href="([^"]+)"/g)) css += await (await fetch(server.url + href, { headers: { accept: "text/css" } })).text();
  const values = JSON.parse(decode(/data-testid="values">([^<]*)</.exec(body)![1]!));
  return { head, css, values };
}

describe("dev: next/font/google", () => {
  let fake: FakeGoogleFonts;
  const servers: RunningServer[] = [];
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await fake?.stop();
  });

  beforeAll(async () => {
    fake = await startFakeGoogleFonts();
  });

  it("downloads on first request and serves the font from the cache", async () => {
    const dir = writeApp("font-dev-google", GOOGLE_FONT_APP);
    const server = await startDevServer(dir, { VINEXT_GOOGLE_FONTS_URL: fake.url });
    servers.push(server);
    const { head, css, values } = await page(server);
    const family = values.inter.style.fontFamily.split(", ")[0].replace(/'/g, "");
    expect(css).toContain(`font-family: '${family}'`);
    expect(css).not.toContain("127.0.0.1");
    const preload = /<link rel="preload" href="([^"]+)"[^>]*as="font"/.exec(head)![1]!;
    const res = await fetch(server.url + preload);
    expect(res.status).toBe(200);
    expect(new TextDecoder().decode(new Uint8Array(await res.arrayBuffer()).slice(0, 4))).toBe("wOF2");
    expect(fake.requests.filter((r) => r.startsWith("/css2?family=Inter:wght@400;700"))).toHaveLength(1);
    // The Pages Router page: its font's rules and preload in the first response too.
    const legacy = await (await fetch(server.url + "/legacy")).text();
    const legacyHead = legacy.slice(0, legacy.indexOf("</head>"));
    const className = /class="(__className_[0-9a-f]{6})" data-testid="legacy"/.exec(legacy)![1]!;
    let legacyCss = "";
    for (const [, href] of legacyHead.matchAll(/<link rel="stylesheet"[^>]*href="([^"]+)"/g)) legacyCss += await (await fetch(server.url + href!, { headers: { accept: "text/css" } })).text();
    expect(legacyCss).toContain(`.${className} {`);
    expect(legacyHead).toMatch(/<link rel="preload"[^>]*as="font"/);
  });

  it("falls back to the fallback fonts with a warning when Google Fonts is unreachable", async () => {
    const dir = writeApp("font-dev-google-down", GOOGLE_FONT_APP);
    const server = await startDevServer(dir, { VINEXT_GOOGLE_FONTS_URL: `http://127.0.0.1:${await freePort()}` });
    servers.push(server);
    const { head, css, values } = await page(server);
    expect(values.inter.className).toMatch(/^__className_[0-9a-f]{6}$/);
    expect(values.mono.style.fontFamily).toMatch(/^'__Roboto_Mono_[0-9a-f]{6}', monospace$/);
    expect(css).toContain(`.${values.inter.className} {`);
    expect(css).not.toContain("@font-face");
    expect(head).not.toMatch(/as="font"/);
    expect(server.logs()).toContain("[vinext] Failed to download `Inter` from Google Fonts. Using fallback font instead.");
  });
});
