// Asset imports in the browser (node-server output): the client component's
// ?url / ?raw values hydrate without a mismatch, and the CSS url() background
// loads. Fixture: playground/app/app/asset-imports/.
import { describe, expect, it } from "vitest";
import { useBrowser, waitForHydration } from "./_browser";

describe("node-server: asset imports", () => {
  const { open } = useBrowser();

  it("hydrates ?url / ?raw values and loads the CSS url() background", async () => {
    const t = await open("/asset-imports");
    await waitForHydration(t);
    expect(await t.text("client-raw")).toBe("Plain text imported with ?raw.\nSecond line.".trim());
    const background = await t.page.locator('[data-testid="patterned"]').evaluate((el) => getComputedStyle(el).backgroundImage);
    expect(background).toMatch(/^url\(".*\/assets\/pattern-[\w-]{8}\.png"\)$/);
    await t.settle();
    const png = t.requests.find((r) => /\/assets\/pattern-[\w-]{8}\.png$/.test(r.path));
    expect(png).toMatchObject({ status: 200, contentType: "image/png" });
  });
});
