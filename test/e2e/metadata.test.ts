// Metadata in the browser (node-server output): the head follows client
// navigations, as Next's test/e2e/app-dir/metadata "should apply metadata when
// navigating client-side" checks — one <title>, tags of the new route only.
import { describe, expect, it } from "vitest";
import { useBrowser, waitForHydration, type TestPage } from "./_browser";

const headState = (t: TestPage) =>
  t.page.evaluate(() => ({
    title: document.title,
    titles: document.querySelectorAll("title").length,
    titlesInHead: document.head.querySelectorAll("title").length,
    canonical: [...document.querySelectorAll('link[rel="canonical"]')].map((l) => l.getAttribute("href")),
    description: [...document.querySelectorAll('meta[name="description"]')].map((m) => m.getAttribute("content")),
    viewport: [...document.querySelectorAll('meta[name="viewport"]')].map((m) => m.getAttribute("content")),
    charsets: document.querySelectorAll("meta[charset]").length,
  }));

describe("node-server: metadata", () => {
  const { open, server } = useBrowser();

  it("updates title, canonical and description on client navigation and back", async () => {
    const t = await open("/meta");
    await waitForHydration(t);
    await t.setMarker();
    expect(await headState(t)).toMatchObject({ title: "Overview | vinext playground", titles: 1, titlesInHead: 1, canonical: ["https://vinext.example/meta"], charsets: 1 });

    await t.page.locator('nav a[href="/meta/nested"]').click();
    await t.page.waitForURL(`${server().url}/meta/nested`);
    await expect.poll(async () => (await headState(t)).title).toBe("Nested | Meta");
    expect(await headState(t)).toMatchObject({ titles: 1, canonical: ["https://vinext.example/meta/nested"], description: ["Metadata examples"] });

    await t.page.locator('nav a[href="/meta/hello?q=link"]').click();
    await expect.poll(async () => (await headState(t)).title).toBe("Post hello | Meta");
    expect(await headState(t)).toMatchObject({ titles: 1, description: ["Results for link"], canonical: ["https://vinext.example/meta/hello"] });

    await t.page.locator('nav a[href="/meta/viewport"]').click();
    await expect.poll(async () => (await headState(t)).viewport).toEqual(["width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no"]);

    await t.page.goBack();
    await expect.poll(async () => (await headState(t)).title).toBe("Post hello | Meta");
    expect(await t.hasMarker()).toBe(true);
    expect(t.documents().map((r) => r.path)).toEqual(["/meta"]);
  });
});
