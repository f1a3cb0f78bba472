// Static generation over HTTP. Mirrors Next.js test/e2e/app-dir/app-static
// (generateStaticParams pages are pre-rendered at build; dynamicParams = false
// answers 404 for other params; a page without dynamic APIs is served from the
// build output; force-dynamic renders per request).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { isBuild, outputOf, prerendered, text, type SuiteContext } from "../_suite";

export default function staticGeneration({ target, get, html }: SuiteContext) {
  // `dynamic = "force-static"` on a page: cookies(), headers() and searchParams read empty, in dev
  // and in builds (Next: test/e2e/app-dir/app-static, app/force-static).
  it("force-static page: cookies(), headers() and searchParams read empty", async () => {
    const res = await get("/static-gen/force-static?q=1", { headers: { cookie: "session=abc", "x-custom": "1" } });
    const body = await res.text();
    expect(res.status, body.slice(0, 300)).toBe(200);
    expect(text(body, "force-static-headers")).toBe("[]");
    expect(text(body, "force-static-cookies")).toBe("[]");
    expect(text(body, "force-static-search")?.replace(/&quot;/g, '"')).toBe("{}");
  });

  // Pre-rendering happens in builds; dev renders every request (as `next dev` does).
  if (!isBuild(target)) {
    it("answers 404 for params generateStaticParams did not produce when dynamicParams = false (dev)", async () => {
      expect(text(await html("/static-gen/closed/one"), "closed-post")).toBe("Closed set: one");
      expect(text(await html("/static-gen/closed/two", 404), "root-not-found")).toBe("Nothing lives at this address");
    });
    return;
  }
  const { publicDir } = outputOf(target);

  it("writes HTML and Flight for static pages and generateStaticParams paths at build time", () => {
    for (const path of ["/static-gen/clock", "/static-gen/clock.rsc", "/static-gen/force-static", "/static-gen/posts/alpha", "/static-gen/posts/beta.rsc", "/static-gen/closed/one"]) {
      expect(prerendered(target, path), path).toBe(true);
    }
    for (const path of ["/static-gen/dynamic-clock", "/search"]) {
      expect(prerendered(target, path), `${path} must stay dynamic`).toBe(false);
    }
    // Pages are kept for the ISR store, not served as plain files (they can be revalidated).
    expect(existsSync(join(publicDir, "static-gen/clock/index.html"))).toBe(false);
  });

  it("serves a pre-rendered page without rendering it again", async () => {
    const first = text(await html("/static-gen/clock"), "rendered-at");
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(text(await html("/static-gen/clock"), "rendered-at")).toBe(first);
    const forced = text(await html("/static-gen/force-static"), "rendered-at");
    expect(text(await html("/static-gen/force-static?other=1"), "rendered-at")).toBe(forced);
    const dynamicFirst = text(await html("/static-gen/dynamic-clock"), "rendered-at");
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(text(await html("/static-gen/dynamic-clock"), "rendered-at")).not.toBe(dynamicFirst);
  });

  it("serves generated params from the build and renders other params on request", async () => {
    expect(text(await html("/static-gen/posts/alpha"), "static-post")).toBe("Static post alpha");
    expect(text(await html("/static-gen/posts/gamma"), "static-post")).toBe("Static post gamma");
  });

  it("answers 404 for params generateStaticParams did not produce when dynamicParams = false", async () => {
    expect(text(await html("/static-gen/closed/one"), "closed-post")).toBe("Closed set: one");
    const body = await html("/static-gen/closed/two", 404);
    expect(text(body, "root-not-found")).toBe("Nothing lives at this address");
  });
}
