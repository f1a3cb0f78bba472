// Special files and control flow over HTTP. Mirrors Next.js:
// test/e2e/app-dir/loading (shell and loading UI stream first),
// test/e2e/app-dir/error-boundary-navigation and test/e2e/app-dir/errors (500 with
// the nearest error.tsx, digest only in production), test/e2e/app-dir/not-found/basic
// (segment not-found, 404), test/e2e/app-dir/forbidden and unauthorized (403/401),
// test/e2e/app-dir/app (redirect() → 307, permanentRedirect() → 308),
// test/e2e/app-dir/global-error.
import { describe, expect, it } from "vitest";
import { isBuild, text, type SuiteContext } from "../_suite";

/** Reads a streamed response, noting when each chunk arrived. */
async function readChunks(res: Response): Promise<{ at: number; text: string }[]> {
  const start = Date.now();
  const decoder = new TextDecoder();
  const chunks: { at: number; text: string }[] = [];
  const reader = res.body!.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push({ at: Date.now() - start, text: decoder.decode(value, { stream: true }) });
  }
  return chunks;
}

/**
 * Local workerd (Miniflare 4.20260426) delivers a streamed body only when it is
 * complete — measured with a minimal worker writing "first", waiting 500 ms,
 * then "second": both arrive together. So timing on the wire is asserted on
 * Node; on workerd the order within the document is asserted instead.
 */
const BUFFERED_LOCALLY = new Set(["cloudflare-module"]);

export default function boundaries({ target, get, html, server }: SuiteContext) {
  it("streams the shell and loading UI before the slow page, in order on the wire", async () => {
    const chunks = await readChunks(await get("/boundaries/loading-demo"));
    const all = chunks.map((c) => c.text).join("");
    expect(all.indexOf('data-testid="loading-ui"')).toBeGreaterThan(all.indexOf('data-testid="boundaries-layout"'));
    expect(all.indexOf("Slow content arrived")).toBeGreaterThan(all.indexOf('data-testid="loading-ui"'));
    if (BUFFERED_LOCALLY.has(target.name)) return;
    const loadingAt = chunks.findIndex((c) => c.text.includes('data-testid="loading-ui"'));
    const contentAt = chunks.findIndex((c) => c.text.includes("Slow content arrived"));
    expect(contentAt).toBeGreaterThan(loadingAt);
    // The loading UI was flushed well before the page's 700 ms of work finished.
    expect(chunks[contentAt]!.at - chunks[loadingAt]!.at).toBeGreaterThan(300);
  });

  it("streams nested Suspense boundaries independently (fast before slow)", async () => {
    const chunks = await readChunks(await get("/boundaries/nested-suspense"));
    const all = chunks.map((c) => c.text).join("").replace(/<!-- -->/g, "");
    const fast = all.indexOf("fast after 200ms");
    const slow = all.indexOf("slow after 900ms");
    expect(all.indexOf("Shell first")).toBeLessThan(fast);
    expect(fast).toBeGreaterThan(0);
    expect(slow).toBeGreaterThan(fast);
  });

  it("renders the nearest error.tsx with status 500 and no error message or stack", async () => {
    const body = await html("/boundaries/error-demo", 500);
    expect(body).toContain('data-testid="error-ui"');
    expect(text(body, "error-digest")).toMatch(/^\d+$/);
    // Production shows only the digest; dev shows the message, as `next dev` does.
    if (isBuild(target)) expect(body).not.toContain("secret failure detail");
    else expect(text(body, "error-message")).toBe("secret failure detail from the error demo");
    // The server logged the real error with its route.
    expect(server().logs()).toContain("secret failure detail from the error demo");
  });

  it("renders app/global-error with status 500 for an error no boundary catches", async () => {
    const body = await html("/boundaries/unhandled", 500);
    expect(text(body, "global-error")).toBe("Something went wrong globally");
    expect(body).not.toContain("unhandled secret detail");
  });

  it("renders the segment's not-found UI with status 404 for notFound()", async () => {
    expect(text(await html("/boundaries/items/42"), "item")).toBe("Item 42");
    const body = await html("/boundaries/items/missing", 404);
    expect(text(body, "item-not-found")).toBe("No such item");
    // Inside the segment's layouts.
    expect(body).toContain('data-testid="boundaries-layout"');
  });

  it("answers forbidden() with 403 and unauthorized() with 401 and their UIs", async () => {
    const forbidden = await html("/boundaries/forbidden-demo", 403);
    expect(forbidden).toMatch(/<h2[^>]*>This page is forbidden\.<\/h2>/);
    // A segment's own forbidden.tsx replaces the built-in UI (Next: test/e2e/app-dir/forbidden/basic).
    const custom = await html("/boundaries/forbidden-demo/custom", 403);
    expect(text(custom, "forbidden-ui")).toBe("Members only");
    // (The built-in UI still travels in the payload as the root boundary's fallback; it is not rendered.)
    expect(custom).not.toMatch(/<h2[^>]*>This page is forbidden\.<\/h2>/);
    expect(custom).toContain('data-testid="boundaries-layout"');
    const unauthorized = await html("/boundaries/unauthorized-demo", 401);
    expect(text(unauthorized, "unauthorized-ui")).toBe("Please sign in");
  });

  it("answers redirect() with 307 and permanentRedirect() with 308 on a document request", async () => {
    const temporary = await get("/boundaries/redirect-demo");
    expect(temporary.status).toBe(307);
    expect(temporary.headers.get("location")).toBe("/about");
    const permanent = await get("/boundaries/permanent-redirect");
    expect(permanent.status).toBe(308);
    expect(permanent.headers.get("location")).toBe("/pricing");
  });

  it("sends a redirect to a client navigation inside the Flight payload", async () => {
    const res = await get("/boundaries/redirect-demo", { headers: { rsc: "1" } });
    expect(res.headers.get("content-type")).toMatch(/text\/x-component/);
    expect(await res.text()).toContain("NEXT_REDIRECT;replace;/about;307;");
  });

  // permanentRedirect() keeps its 308 in the payload (the client replaces the entry and goes there),
  // on both ways a client navigation asks for Flight (Next: test/e2e/app-dir/navigation, "redirect").
  it("sends permanentRedirect() to a client navigation inside the Flight payload with 308", async () => {
    for (const [path, init] of [["/boundaries/permanent-redirect", { headers: { rsc: "1" } }], ["/boundaries/permanent-redirect.rsc", {}]] as const) {
      const res = await get(path, init);
      expect(res.status, path).toBeLessThan(400);
      expect(res.headers.get("content-type"), path).toMatch(/text\/x-component/);
      expect(await res.text(), path).toContain("NEXT_REDIRECT;replace;/pricing;308;");
    }
  });

  describe("after the failures above", () => {
    it("keeps serving", async () => {
      expect(text(await html("/about"), "about-title")).toBe("About");
    });
  });
}
