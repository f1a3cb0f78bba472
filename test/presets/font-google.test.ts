// next/font/google, self-hosted: an app (App Router page + Pages Router page) built
// against the fake Google Fonts server, which is stopped before the output runs, so
// every font byte comes from the build. node-server and workerd.
// Follows Next's test/e2e/next-font/index.test.ts (with-google-fonts: values, preload
// of the requested subsets only, fallback face) and docs app/api-reference/components/font.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeGoogleFonts, type FakeGoogleFonts } from "../_harness/fake-google-fonts";
import { startNodeOutput, startWorkerdOutput, type RunningServer } from "../_harness/servers";
import { GOOGLE_FONT_APP } from "../_harness/google-font-app";
import { runCli, writeApp } from "../_harness/tmp-app";


const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, "&");
const preloads = (head: string) => [...head.matchAll(/<link rel="preload"[^>]*as="font"[^>]*>/g)].map((m) => /href="([^"]+)"/.exec(m[0])![1]!);

async function stylesheets(base: string, head: string): Promise<string> {
  let css = "";
  for (const [, href] of head.matchAll(/<link rel="stylesheet"[^>]*href="([^"]+)"/g)) css += await (await fetch(base + href)).text();
  return css;
}

const targets = [
  { name: "node-server", start: startNodeOutput },
  { name: "cloudflare-module", start: startWorkerdOutput },
];

for (const target of targets) {
  describe(`${target.name}: next/font/google`, () => {
    let fake: FakeGoogleFonts;
    let server: RunningServer;
    let buildOutput = "";

    beforeAll(async () => {
      fake = await startFakeGoogleFonts();
      const dir = writeApp(`font-google-${target.name}`, GOOGLE_FONT_APP);
      const result = await runCli(["build", dir, "--preset", target.name], { VINEXT_GOOGLE_FONTS_URL: fake.url });
      buildOutput = result.stdout + result.stderr;
      expect(result.code, buildOutput).toBe(0);
      // Nothing at request time may reach Google: the output serves its own copies.
      await fake.stop();
      server = await target.start(dir);
    });
    afterAll(async () => {
      await server?.stop();
    });

    it("asked the CSS2 API for the requested axes and downloaded the files at build time", () => {
      expect(fake.requests, fake.requests.join("\n")).toContain("/css2?family=Inter:wght@400;700&display=swap");
      expect(fake.requests, fake.requests.join("\n")).toContain("/css2?family=Roboto+Mono:ital,wght@0,400;1,400&display=optional");
      expect(fake.requests.filter((r) => r.startsWith("/s/inter/")).sort()).toEqual(["/s/inter/cyrillic-400-normal.woff2", "/s/inter/cyrillic-700-normal.woff2", "/s/inter/latin-400-normal.woff2", "/s/inter/latin-700-normal.woff2"]);
    });

    it("gives the call sites Next's values", async () => {
      const body = await (await fetch(server.url + "/")).text();
      const values = JSON.parse(decode(/data-testid="values">([^<]*)</.exec(body)![1]!));
      expect(values.inter).toEqual({
        className: expect.stringMatching(/^__className_[0-9a-f]{6}$/),
        variable: expect.stringMatching(/^__variable_[0-9a-f]{6}$/),
        style: { fontFamily: expect.stringMatching(/^'__Inter_[0-9a-f]{6}', '__Inter_Fallback_[0-9a-f]{6}'$/), fontStyle: "normal" },
      });
      expect(values.mono).toEqual({
        className: expect.stringMatching(/^__className_[0-9a-f]{6}$/),
        style: { fontFamily: expect.stringMatching(/^'__Roboto_Mono_[0-9a-f]{6}', '__Roboto_Mono_Fallback_[0-9a-f]{6}', monospace$/), fontWeight: 400 },
      });
    });

    it("self-hosts every subset's @font-face under hashed URLs and preloads only the requested subset", async () => {
      const body = await (await fetch(server.url + "/")).text();
      const head = body.slice(0, body.indexOf("</head>"));
      const css = await stylesheets(server.url, head);
      const faces = [...css.matchAll(/@font-face\{font-family:__Inter_[0-9a-f]{6};[^}]*\}/g)].map((m) => m[0]);
      // latin + cyrillic for 400 and 700, all pointing at the build's own assets.
      expect(faces).toHaveLength(4);
      for (const face of faces) {
        expect(face).toMatch(/src:url\(\/assets\/[\w-]+\.woff2\)format\("woff2"\)/);
        expect(face).toContain("font-display:swap");
        expect(face).toContain("unicode-range:");
      }
      expect(css).not.toContain("127.0.0.1");
      expect(css).toMatch(/@font-face\{font-family:__Inter_Fallback_[0-9a-f]{6};src:local\(Arial\),local\("?Liberation Sans"?\);ascent-override:[\d.]+%;descent-override:[\d.]+%;line-gap-override:0%;size-adjust:[\d.]+%\}/);
      // Roboto Mono has preload: false; Inter preloads its two latin files only.
      const hrefs = preloads(head);
      expect(hrefs).toHaveLength(2);
      const latin = faces.filter((f) => /U\+2000-206F/i.test(f)).map((f) => /url\(([^)]+)\)/.exec(f)![1]!);
      expect(hrefs.sort()).toEqual(latin.sort());
      for (const href of hrefs) {
        const res = await fetch(server.url + href);
        expect(res.status).toBe(200);
        expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
        expect(new TextDecoder().decode(new Uint8Array(await res.arrayBuffer()).slice(0, 4))).toBe("wOF2");
      }
    });

    it("works in the Pages Router: CSS and preload link in the first HTML response", async () => {
      const body = await (await fetch(server.url + "/legacy")).text();
      const head = body.slice(0, body.indexOf("</head>"));
      const className = /class="(__className_[0-9a-f]{6})" data-testid="legacy"/.exec(body)![1]!;
      const css = await stylesheets(server.url, head);
      expect(css).toContain(`.${className}{font-family:__Inter_`);
      expect(preloads(head)).toHaveLength(1);
      expect(preloads(head)[0]).toMatch(/^\/assets\/[\w-]+\.woff2$/);
    });
  });
}
