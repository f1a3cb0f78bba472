// Emoji in next/og's ImageResponse, on node-server and in workerd: each emoji is
// drawn from the SVG of the chosen set (`emoji` option, "twemoji" by default),
// fetched at request time from VINEXT_EMOJI_URL (here a fake server whose emoji
// are solid squares of one colour) and kept per process; a missing emoji warns
// with its URL and the rest of the image is drawn. Next: test/e2e/og-api, docs
// app/api-reference/functions/image-response (`emoji` option).
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeEmoji, type FakeEmoji } from "../_harness/fake-emoji";
import { startNodeOutput, startWorkerdOutput, type RunningServer } from "../_harness/servers";
import { MINIMAL_LAYOUT, runCli, writeApp } from "../_harness/tmp-app";

const RED = "#ff0000";
const BLUE = "#0000ff";

const APP = {
  "app/layout.tsx": MINIMAL_LAYOUT,
  "app/page.tsx": "export default function Page() { return <p>emoji</p>; }\n",
  // The text sits at the left; the image is 240×100 on white.
  "app/emoji/route.tsx": `import { ImageResponse } from "next/og";
export function GET(request: Request) {
  const url = new URL(request.url);
  const type = url.searchParams.get("type");
  return new ImageResponse(
    <div style={{ width: "100%", height: "100%", display: "flex", alignItems: "center", background: "white", color: "black", fontSize: 64 }}>{url.searchParams.get("text")}</div>,
    { width: 240, height: 100, ...(type ? { emoji: type as "fluent" } : {}) },
  );
}
`,
};

interface Pixels {
  red: number;
  blue: number;
  dark: number;
  /** Leftmost and rightmost column holding a red pixel. */
  redColumns: [number, number];
}

async function pixels(res: Response): Promise<Pixels> {
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("image/png");
  const { data, info } = await sharp(new Uint8Array(await res.arrayBuffer())).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  expect([info.width, info.height]).toEqual([240, 100]);
  const out: Pixels = { red: 0, blue: 0, dark: 0, redColumns: [Infinity, -1] };
  for (let i = 0; i < data.length; i += 4) {
    const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
    if (r > 200 && g < 60 && b < 60) {
      out.red++;
      const x = (i / 4) % info.width;
      out.redColumns = [Math.min(out.redColumns[0], x), Math.max(out.redColumns[1], x)];
    } else if (b > 200 && r < 60 && g < 60) out.blue++;
    else if (r < 100 && g < 100 && b < 100) out.dark++;
  }
  return out;
}

const targets = [
  { name: "node-server", start: startNodeOutput },
  { name: "cloudflare-module", start: startWorkerdOutput },
];

for (const target of targets) {
  describe(`${target.name}: emoji in ImageResponse`, () => {
    let fake: FakeEmoji;
    let server: RunningServer;
    const get = (query: string) => fetch(`${server.url}/emoji?${new URLSearchParams(query)}`);

    beforeAll(async () => {
      fake = await startFakeEmoji({ "/twemoji/1f600.svg": RED, "/fluent/1f600_color.svg": BLUE, "/twemoji/2764.svg": RED });
      const dir = writeApp(`og-emoji-${target.name}`, APP);
      const result = await runCli(["build", dir, "--preset", target.name], { VINEXT_EMOJI_URL: fake.url });
      expect(result.code, result.stdout + result.stderr).toBe(0);
      server = await target.start(dir);
    });
    afterAll(async () => {
      await server?.stop();
      await fake?.stop();
    });

    it("draws an emoji from the twemoji set by default, where the text puts it", async () => {
      const image = await pixels(await get("text=😀"));
      // A 64px square: thousands of red pixels, all in the left part of the image.
      expect(image.red).toBeGreaterThan(2000);
      expect(image.redColumns[0]).toBeLessThan(10);
      expect(image.redColumns[1]).toBeLessThan(100);
      // Control: no emoji, no red.
      expect((await pixels(await get("text=hello"))).red).toBe(0);
    });

    it("draws text and emoji side by side, an emoji with a variation selector by its base code", async () => {
      const image = await pixels(await get("text=hi ❤️"));
      expect(image.dark).toBeGreaterThan(50);
      expect(image.red).toBeGreaterThan(2000);
      // The emoji follows the text.
      expect(image.redColumns[0]).toBeGreaterThan(40);
    });

    it("uses the set the `emoji` option names", async () => {
      const image = await pixels(await get("text=😀&type=fluent"));
      expect(image.blue).toBeGreaterThan(2000);
      expect(image.red).toBe(0);
    });

    it("fetches each emoji once per process", async () => {
      await pixels(await get("text=😀😀"));
      expect(fake.requests.filter((path) => path === "/twemoji/1f600.svg")).toEqual(["/twemoji/1f600.svg"]);
    });

    it("warns with the emoji and its URL when it cannot be fetched, and draws the rest", async () => {
      const image = await pixels(await get("text=ok 🎉"));
      expect(image.dark).toBeGreaterThan(50);
      expect(image.red + image.blue).toBe(0);
      const url = `${fake.url}/twemoji/1f389.svg`;
      await expect.poll(() => server.logs()).toContain(`[vinext] ImageResponse: could not load the emoji 🎉 from ${url} (HTTP 404)`);
      // Still serving, and a failure is not remembered: the next image asks again.
      await pixels(await get("text=🎉"));
      expect(fake.requests.filter((path) => path === "/twemoji/1f389.svg").length).toBe(2);
    });
  });
}
