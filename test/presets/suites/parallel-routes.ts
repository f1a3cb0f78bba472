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

  // (..), (..)(..) and (...): the same rules with the target counted in URL segments up from
  // the interceptor (groups and slots do not count). Next: test/e2e/app-dir/parallel-routes-and-interception
  // (intercepting-parallel-modal, [lang]/foo/(..)photos), docs "intercepting-routes".
  const flight = async (path: string, from?: string) => {
    const res = await get(`${path}.rsc`, from ? { headers: { "next-url": from } } : undefined);
    expect(res.status, path).toBe(200);
    return res.text();
  };

  it.each([
    ["/intercept/photo/1", "feed-photo-page", "Photo page 1"],
    ["/intercept/settings", "settings-page", "Settings page"],
    ["/intercept-login", "login-page", "Log in page"],
  ])("serves the full page for %s on a hard load", async (path, testId, expected) => {
    const body = await html(path);
    expect(text(body, testId)).toBe(expected);
    expect(body).not.toMatch(/feed-photo-modal|settings-intercepted|login-modal/);
  });

  it("(..) in a slot: opens a URL outside the slot's layout as a modal over the page being left", async () => {
    const modal = await flight("/intercept/photo/1", "/intercept/ann");
    expect(modal).toContain("Photo modal");
    expect(modal).toContain("Feed for");
    expect(modal).not.toContain("Photo page");
    // The payload names the page underneath: the client sends it as next-url while the modal is
    // shown, so the modal's own links open the next photo as a modal too.
    expect(modal).toContain('"interceptedFrom":"/intercept/ann"');
    const next = await flight("/intercept/photo/2", "/intercept/ann");
    expect(next).toMatch(/Photo modal.*2/);
    // From the photo page itself (reached by a hard load), the user layout is not on screen.
    const plain = await flight("/intercept/photo/2", "/intercept/photo/1");
    expect(plain).toContain("Photo page");
    expect(plain).not.toContain("Photo modal");
    expect(plain).not.toContain("interceptedFrom");
    // A next-url that is not a path, or is malformed, is ignored: the full page, never an error.
    for (const forged of ["https://evil.example/intercept/ann", "/intercept/%E0%A4%A", "intercept/ann"]) {
      const page = await flight("/intercept/photo/1", forged);
      expect(page, forged).toContain("Photo page");
      expect(page, forged).not.toContain("interceptedFrom");
    }
  });

  it("(..)(..) as a route: replaces the page below the interceptor's layouts", async () => {
    const intercepted = await flight("/intercept/settings", "/intercept/deep/nested");
    expect(intercepted).toContain("Settings (intercepted)");
    expect(intercepted).toContain("nested-layout");
    expect(intercepted).not.toContain("Settings page");
    // One level up (/intercept) is not under the interceptor: the page itself.
    const plain = await flight("/intercept/settings", "/intercept");
    expect(plain).toContain("Settings page");
    expect(plain).not.toContain("Settings (intercepted)");
  });

  it("(...) in a slot: catches a URL from the app root, shown over the page being left", async () => {
    const modal = await flight("/intercept-login", "/intercept/deep/nested");
    expect(modal).toContain("Log in (modal)");
    expect(modal).toContain("Nested page");
    expect(modal).not.toContain("Log in page");
    expect(await flight("/intercept-login", "/about")).toContain("Log in page");
    expect(await flight("/intercept-login")).toContain("Log in page");
  });

  it("renders a slot's own error.tsx while the rest of the page renders", async () => {
    const body = await html("/parallel/broken", 500);
    expect(text(body, "parallel-page")).toBe("Parallel broken slot");
    expect(text(body, "team-error")).toBe("The team slot failed");
    expect(body).not.toContain("team slot failed\"");
  });
}
