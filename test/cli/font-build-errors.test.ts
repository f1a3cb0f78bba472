// next/font failures a user must see at build time, each a `[vinext]` error naming
// the font and the module: Google Fonts unreachable (Next:
// test/e2e/next-font/google-fetch-error.test.ts "should error when not in dev"),
// an unknown family, and options Next rejects (bad weight, missing subsets).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeGoogleFonts, type FakeGoogleFonts } from "../_harness/fake-google-fonts";
import { freePort } from "../_harness/servers";
import { MINIMAL_LAYOUT, runCli, writeApp } from "../_harness/tmp-app";

const app = (name: string, fontCode: string) =>
  writeApp(name, {
    "app/layout.tsx": MINIMAL_LAYOUT,
    "app/page.tsx": `${fontCode}\nexport default function Page() { return <p className={font.className}>x</p>; }\n`,
  });

describe("next/font build errors", () => {
  let fake: FakeGoogleFonts;
  beforeAll(async () => {
    fake = await startFakeGoogleFonts();
  });
  afterAll(() => fake?.stop());

  it("fails the build naming the font when Google Fonts cannot be reached", async () => {
    const dir = app("font-err-down", `import { Inter } from "next/font/google";\nconst font = Inter({ subsets: ["latin"] });`);
    // A port nothing listens on: the connection is refused, as without internet.
    const result = await runCli(["build", dir], { VINEXT_GOOGLE_FONTS_URL: `http://127.0.0.1:${await freePort()}` });
    const output = result.stdout + result.stderr;
    expect(result.code).not.toBe(0);
    expect(output).toContain("[vinext] Failed to fetch `Inter` from Google Fonts");
    expect(output).toContain("app/page.tsx");
  });

  it("fails the build for a family Google does not have", async () => {
    const dir = app("font-err-unknown", `import { Not_A_Real_Font } from "next/font/google";\nconst font = Not_A_Real_Font({ subsets: ["latin"] });`);
    const result = await runCli(["build", dir], { VINEXT_GOOGLE_FONTS_URL: fake.url });
    const output = result.stdout + result.stderr;
    expect(result.code).not.toBe(0);
    expect(output).toContain("[vinext] Failed to fetch `Not A Real Font` from Google Fonts");
    expect(output).toMatch(/400 Font family not found/);
  });

  it.each([
    ["a bad weight", `import { Inter } from "next/font/google";\nconst font = Inter({ subsets: ["latin"], weight: "450" });`, "[vinext] Invalid weight value `450` for font `Inter`"],
    ["missing subsets", `import { Inter } from "next/font/google";\nconst font = Inter({ weight: "400" });`, "[vinext] Preload is enabled but no subsets were specified for font `Inter`"],
    ["a call inside a function", `import localFont from "next/font/local";\nfunction f() { return localFont({ src: "./a.woff2" }); }\nconst font = { className: "" };`, "[vinext] Font loaders must be called and assigned to a const in the module scope"],
    ["a missing local file", `import localFont from "next/font/local";\nconst font = localFont({ src: "./missing.woff2" });`, "[vinext] Cannot find font file `./missing.woff2` for local font `font`"],
  ])("fails the build for %s, naming the module", async (_name, code, message) => {
    const dir = app("font-err-options", code);
    const result = await runCli(["build", dir], { VINEXT_GOOGLE_FONTS_URL: fake.url });
    const output = result.stdout + result.stderr;
    expect(result.code, output).not.toBe(0);
    expect(output).toContain(message);
    expect(output).toContain("app/page.tsx");
  });
});
