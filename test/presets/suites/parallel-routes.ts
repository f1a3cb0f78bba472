// Parallel and intercepting routes over HTTP. Mirrors Next.js
// test/e2e/app-dir/parallel-routes-and-interception (slots render beside
// children; unmatched slots use default.tsx on a hard load; an intercepting route
// answers client navigations from its segment, the full page answers a hard load)
// and test/e2e/app-dir/use-selected-layout-segment-s.
import { expect, it } from "vitest";
import { text, type SuiteContext } from "../_suite";

export default function parallelRoutes({ get, html }: SuiteContext) {
  it("renders each slot beside children, matched against the URL below the layout", async () => {
    const body = await html("/parallel");
    expect(text(body, "parallel-page")).toBe("Parallel home");
    expect(text(body, "team")).toBe("Team overview");
    expect(body).toContain('data-testid="analytics"');
    // The slot's own loading.tsx streams before the slot's slow page.
    expect(body.indexOf('data-testid="analytics-loading"')).toBeGreaterThan(0);
    expect(body.indexOf('data-testid="analytics-loading"')).toBeLessThan(body.indexOf('data-testid="analytics"'));
    expect(text(body, "active-segment")).toBe("children: (none); team: (none)");
  });

  it("falls back to default.tsx for a slot the URL does not match on a hard load", async () => {
    const body = await html("/parallel/settings");
    expect(text(body, "parallel-page")).toBe("Parallel settings");
    expect(text(body, "team")).toBe("Team settings");
    expect(text(body, "analytics-default")).toBe("Analytics default");
    expect(text(body, "active-segment")).toBe("children: settings; team: settings");
  });

  it("serves the full page for an intercepted URL on a hard load", async () => {
    const body = await html("/photos/p/1");
    expect(text(body, "photo-page")).toBe("Photo page 1");
    expect(body).not.toContain("photo-modal");
  });

  it("answers a client navigation from the gallery with the modal over the gallery", async () => {
    const res = await get("/photos/p/2.rsc", { headers: { "next-url": "/photos" } });
    expect(res.headers.get("content-type")).toMatch(/text\/x-component/);
    const flight = await res.text();
    expect(flight).toContain("Modal photo");
    expect(flight).toContain("Gallery");
    expect(flight).not.toContain("Photo page");
    // Without a page to navigate from, it is the full page.
    const plain = await (await get("/photos/p/2.rsc")).text();
    expect(plain).toContain("Photo page");
    expect(plain).not.toContain("Modal photo");
  });

  it("renders a slot's own error.tsx while the rest of the page renders", async () => {
    const body = await html("/parallel/broken", 500);
    expect(text(body, "parallel-page")).toBe("Parallel broken slot");
    expect(text(body, "team-error")).toBe("The team slot failed");
    expect(body).not.toContain("team slot failed\"");
  });
}
