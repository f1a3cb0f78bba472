// Pages Router preview mode (docs "Preview Mode", "Draft Mode" for pages; Next:
// test/integration/prerender-preview): res.setPreviewData() in an API route sets
// the bypass and the (sealed) preview data cookies; with them a pre-rendered
// getStaticProps page renders per request with context.preview/previewData,
// __NEXT_DATA__.isPreview and router.isPreview; its data route too; tampered
// cookies are no preview; clearPreviewData() ends it; over 2KB of data is a 500.
import { describe, expect, it } from "vitest";
import { isBuild, text } from "../_suite";
import { nextData, type PagesSuiteContext } from "../pages-suite";

const unescape = (value: string | undefined) => value?.replace(/&quot;/g, '"').replace(/&amp;/g, "&");

/** `name=value` pairs of Set-Cookie lines, for a Cookie header. */
function cookieHeader(setCookies: string[]): string {
  return setCookies.map((line) => line.split(";")[0]).join("; ");
}

export default function preview({ target, get, html, buildId }: PagesSuiteContext) {
  describe("preview mode", () => {
    const enable = async () => {
      const res = await get("/api/preview?action=enable&user=ada");
      expect(res.status).toBe(200);
      return res.headers.getSetCookie();
    };

    it("setPreviewData sets the bypass and preview data cookies (HttpOnly, Max-Age)", async () => {
      const cookies = await enable();
      expect(cookies.map((c) => c.split("=")[0])).toEqual(["__prerender_bypass", "__next_preview_data"]);
      for (const line of cookies) expect(line).toMatch(/; Path=\/; HttpOnly; SameSite=None; Secure; Max-Age=3600$/);
      // The data is sealed: not readable from the cookie.
      expect(cookies[1]).not.toContain("ada");
    });

    it("renders a pre-rendered getStaticProps page per request with the preview data", async () => {
      const published = await html("/preview-gsp");
      expect(text(published, "preview-flag")).toBe("published");
      if (isBuild(target)) expect(text(await html("/preview-gsp"), "rendered-at")).toBe(text(published, "rendered-at"));
      const cookie = cookieHeader(await enable());
      const first = await get("/preview-gsp", { headers: { cookie } });
      expect(first.status).toBe(200);
      expect(first.headers.get("cache-control")).toBe("private, no-cache, no-store, max-age=0, must-revalidate");
      const body = await first.text();
      expect(text(body, "preview-flag")).toBe("preview");
      expect(JSON.parse(unescape(text(body, "preview-data"))!)).toEqual({ from: "api", user: "ada" });
      expect(text(body, "router-preview")).toBe("true");
      expect(nextData(body).isPreview).toBe(true);
      const second = await (await get("/preview-gsp", { headers: { cookie } })).text();
      expect(text(second, "rendered-at")).not.toBe(text(body, "rendered-at"));
      // Everyone else still gets the published page.
      expect(text(await html("/preview-gsp"), "preview-flag")).toBe("published");
    });

    it("serves the page's data route in preview, and getServerSideProps sees it", async () => {
      const cookie = cookieHeader(await enable());
      const data = await get(`/_next/data/${await buildId()}/preview-gsp.json`, { headers: { cookie } });
      expect(data.status).toBe(200);
      expect(((await data.json()) as { pageProps: { preview: boolean } }).pageProps.preview).toBe(true);
      const ssr = await (await get("/preview-ssr", { headers: { cookie } })).text();
      expect(text(ssr, "preview-flag")).toBe("preview");
      expect(text(await html("/preview-ssr"), "preview-flag")).toBe("published");
    });

    it("ignores a forged or tampered preview cookie", async () => {
      const [bypass, sealed] = await enable();
      const flipped = sealed!.split(";")[0]!.replace(/=(.)/, (_, c: string) => `=${c === "A" ? "B" : "A"}`);
      for (const cookie of [`${bypass!.split(";")[0]}; ${flipped}`, "__prerender_bypass=guess; __next_preview_data=abc"]) {
        const body = await (await get("/preview-ssr", { headers: { cookie } })).text();
        expect(text(body, "preview-flag"), cookie).toBe("published");
      }
    });

    it("clearPreviewData expires both cookies", async () => {
      const res = await get("/api/preview?action=clear");
      const cookies = res.headers.getSetCookie();
      expect(cookies.map((c) => c.split("=")[0])).toEqual(["__prerender_bypass", "__next_preview_data"]);
      for (const line of cookies) expect(line).toContain("Expires=Thu, 01 Jan 1970 00:00:00 GMT");
    });

    it("setDraftMode turns on draft mode without preview data", async () => {
      const cookie = cookieHeader((await get("/api/preview?action=draft")).headers.getSetCookie());
      const body = await (await get("/preview-gsp", { headers: { cookie } })).text();
      expect([text(body, "preview-flag"), text(body, "draft-mode")]).toEqual(["published", "true"]);
    });

    it("answers 500 for preview data over 2KB, and keeps serving", async () => {
      expect((await get("/api/preview?action=big")).status).toBe(500);
      expect((await get("/api/preview?action=enable")).status).toBe(200);
    });
  });
}
