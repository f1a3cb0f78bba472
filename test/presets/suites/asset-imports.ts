// Vite's asset imports keep Vite's behaviour in every environment: `?url` gives a
// URL (a data: URL under the inline limit in builds, a file URL otherwise),
// `?raw` the file's text, in server and client components alike; CSS url()
// assets come out hashed and served. Issue 7 "Other asset handling"; Next has no
// ?url/?raw (its webpack asset modules differ), so Vite's docs are the spec:
// https://vite.dev/guide/assets. Fixtures: playground/app/app/asset-imports/.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../../_harness/fixtures";
import { isBuild, text, type SuiteContext } from "../_suite";

const fixture = (file: string) => readFileSync(join(repoRoot, "playground/app/app/asset-imports", file));
const unescape = (value: string) => value.replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&");

export default function assetImports({ target, get, html }: SuiteContext) {
  /** The bytes an imported URL stands for: decoded when inlined, fetched otherwise. */
  async function resolveAsset(url: string): Promise<Buffer> {
    if (url.startsWith("data:")) {
      const comma = url.indexOf(",");
      const body = url.slice(comma + 1);
      return url.slice(0, comma).endsWith(";base64") ? Buffer.from(body, "base64") : Buffer.from(decodeURIComponent(body));
    }
    const res = await get(url);
    expect(res.status, url).toBe(200);
    return Buffer.from(await res.arrayBuffer());
  }

  describe("?url and ?raw", () => {
    it("gives the same URL and text to server and client components", async () => {
      const page = await html("/asset-imports");
      const serverUrl = unescape(text(page, "server-url")!);
      expect(unescape(text(page, "client-url")!)).toBe(serverUrl);
      expect(text(page, "server-raw")).toBe(fixture("notes.txt").toString("utf8"));
      expect(text(page, "client-raw")).toBe(fixture("notes.txt").toString("utf8"));
      expect(text(page, "server-svg-raw")).toBe(String(fixture("mark.svg").toString("utf8").length));
      // The URL stands for the file itself (Vite's SVG data URLs swap " for ' to stay short).
      const quotes = (svg: string) => svg.trim().replace(/"/g, "'");
      expect(quotes((await resolveAsset(serverUrl)).toString("utf8"))).toBe(quotes(fixture("mark.svg").toString("utf8")));
    });

    it("serves a ?url asset above the inline limit as a file (hashed in builds, cached immutably)", async () => {
      const page = await html("/asset-imports");
      const url = text(page, "server-png-url")!;
      if (isBuild(target)) expect(url).toMatch(/^\/assets\/pattern-[\w-]{8}\.png$/);
      const res = await get(url);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("image/png");
      if (isBuild(target)) expect(res.headers.get("cache-control")).toMatch(/max-age=31536000/);
      expect(Buffer.from(await res.arrayBuffer()).equals(fixture("pattern.png"))).toBe(true);
    });
  });

  describe("CSS url()", () => {
    it.skipIf(!isBuild(target))("rewrites url() to a hashed asset that is served", async () => {
      const page = await html("/asset-imports");
      const sheets = [...page.matchAll(/<link rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
      const css = (await Promise.all(sheets.map((href) => get(href).then((r) => r.text())))).join("\n");
      const match = /background-image:\s*url\(["']?(\/assets\/pattern-[\w-]{8}\.png)["']?\)/.exec(css);
      expect(match, css).toBeTruthy();
      const res = await get(match![1]!);
      expect(res.status).toBe(200);
      expect(Buffer.from(await res.arrayBuffer()).equals(fixture("pattern.png"))).toBe(true);
    });
  });
}
