// Data fetching. Next: test/integration/getserversideprops (context, notFound,
// redirect, caching header, data route), test/e2e/getserversideprops (props as a
// Promise), test/e2e/prerender and test/integration/prerender (getStaticProps,
// getStaticPaths fallback false/true/'blocking', pre-rendered output, data routes),
// test/integration/getinitialprops. Bad input: a throwing getServerSideProps gives
// the 500 page without its message, and the server keeps serving.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { isBuild, prerendered, text } from "../_suite";
import { decodeEntry } from "../../../src/storage/codec";
import { seedFileFor } from "../../../src/runtime/server/isr-seed";
import { nextData, type PagesSuiteContext } from "../pages-suite";

const unescape = (value: string | undefined) => value?.replace(/&quot;/g, '"').replace(/&amp;/g, "&");

export default function data({ target, get, html, buildId, server }: PagesSuiteContext) {
  it("runs getServerSideProps per request with query, resolvedUrl, req and res", async () => {
    const first = await get("/ssr?a=1&a=2&b=x", { headers: { cookie: "flavour=mint" } });
    const body = await first.text();
    expect(first.status).toBe(200);
    expect(first.headers.get("x-gssp")).toBe("yes");
    expect(first.headers.get("cache-control")).toBe("private, no-cache, no-store, max-age=0, must-revalidate");
    expect(JSON.parse(unescape(text(body, "ssr-query"))!)).toEqual({ a: ["1", "2"], b: "x" });
    expect(unescape(text(body, "ssr-resolved"))).toBe("/ssr?a=1&a=2&b=x");
    expect(unescape(text(body, "ssr-req-url"))).toBe("/ssr?a=1&a=2&b=x");
    expect(text(body, "ssr-cookie")).toBe("mint");
    expect(text(body, "ssr-posts")).toBe("2");
    const again = await html("/ssr?a=1&a=2&b=x");
    expect(text(again, "ssr-time")).not.toBe(text(body, "ssr-time"));
  });

  it("accepts props as a Promise", async () => {
    expect(text(await html("/ssr-promise"), "promise-message")).toBe("resolved later");
  });

  it("answers notFound with the 404 page and redirect with 307/308", async () => {
    expect(text(await html("/ssr-not-found", 404), "custom-404")).toContain("could not be found");
    const temporary = await get("/ssr-redirect");
    expect(temporary.status).toBe(307);
    expect(new URL(temporary.headers.get("location")!, "http://x").pathname).toBe("/blog/hello");
    const permanent = await get("/ssr-redirect?permanent=1");
    expect(permanent.status).toBe(308);
    expect(new URL(permanent.headers.get("location")!, "http://x").pathname).toBe("/about");
  });

  // Several Set-Cookie headers survive `vinext dev` too (src/vite/dev-set-cookie.ts).
  it("applies the status, headers and cookies getServerSideProps set on res", async () => {
    const res = await get("/ssr-status");
    expect(res.status).toBe(418);
    expect(res.headers.get("cache-control")).toBe("public, max-age=60");
    expect(res.headers.getSetCookie()).toEqual(["a=1; Path=/", "b=2; Path=/"]);
    expect(text(await res.text(), "teapot")).toBe("I am a teapot");
  });

  it("renders the 500 page without the error message when getServerSideProps throws, and keeps serving", async () => {
    const body = await html("/ssr-throws", 500);
    expect(body).toContain("Internal Server Error");
    expect(body).not.toContain("gssp exploded");
    expect(nextData(body).page).toBe("/_error");
    expect(nextData(body).err).toEqual({ name: "Internal Server Error.", message: "500 - Internal Server Error.", statusCode: 500 });
    expect(text(await html("/ssr-promise"), "promise-message")).toBe("resolved later");
    await expect.poll(() => server().logs()).toContain("gssp exploded with a secret message");
  });

  // Pre-rendering happens in builds only.
  it.skipIf(!isBuild(target))("pre-renders static pages and getStaticProps pages (with their data JSON) at build time", async () => {
    const id = await buildId();
    const publicDir = join(target.dir, ".output/public");
    // With i18n, once per locale (the default one unprefixed); getStaticPaths entries without a locale are for the default one.
    // getStaticProps pages are kept as ISR seeds (with their data JSON); pages without data functions stay plain files.
    for (const file of ["about/index.html", "fr/about/index.html", "fr/index.html"]) expect(existsSync(join(publicDir, file)), file).toBe(true);
    for (const path of ["/blog", "/nl-NL/blog", "/blog/hello", "/fr/blog/hello", "/blog/world", "/fallback/first"]) {
      expect(prerendered(target, path), path).toBe(true);
    }
    for (const file of ["en/blog.json", "fr/blog.json", "en/blog/hello.json", "en/blog/world.json", "en/fallback/first.json"]) {
      expect(prerendered(target, `/_next/data/${id}/${file}`), file).toBe(true);
    }
    // Pages with getServerSideProps or getInitialProps, and dynamic pages without data, are not.
    for (const path of ["/ssr", "/gip", "/opt", "/fr/blog/world", "/fr/fallback/first"]) {
      expect(existsSync(join(publicDir, path.slice(1), "index.html")) || prerendered(target, path), path).toBe(false);
    }
    // `/` stays dynamic: locale detection may redirect it.
    expect(existsSync(join(publicDir, "index.html")) || prerendered(target, "/")).toBe(false);
    const seed = decodeEntry(readFileSync(join(publicDir, seedFileFor("/blog/hello")), "utf8")) as { body: Uint8Array };
    const built = text(new TextDecoder().decode(seed.body), "post-built");
    expect(text(await html("/blog/hello"), "post-built")).toBe(built);
    expect(text(await html("/blog/hello"), "post-title")).toBe("Hello pages");
  });

  it("marks static and getStaticProps pages in __NEXT_DATA__", async () => {
    const home = nextData(await html("/"));
    expect(home.autoExport).toBe(true);
    expect("gssp" in home).toBe(false);
    const post = nextData(await html("/blog/world"));
    expect(post.gsp).toBe(true);
    expect(post.page).toBe("/blog/[slug]");
    expect(post.query).toEqual({ slug: "world" });
  });

  it("getStaticPaths fallback: false → 404, true → the fallback page, 'blocking' → rendered on demand", async () => {
    expect(text(await html("/blog/unknown", 404), "custom-404")).toBeDefined();
    // Listed for the default locale only.
    expect(text(await html("/fr/blog/world", 404), "custom-404")).toBeDefined();
    expect(text(await html("/fr/blog/hello"), "post-title")).toBe("Hello pages");
    const fallback = await html("/fallback/not-listed");
    expect(text(fallback, "fallback-loading")).toBe("Loading fallback…");
    expect(nextData(fallback).isFallback).toBe(true);
    expect(text(await html("/fallback/first"), "fallback-id")).toBe("first");
    const blocking = await html("/blocking/on-demand");
    expect(text(blocking, "blocking-id")).toBe("blocking on-demand");
  });

  it("runs a page's getInitialProps on the server with the query", async () => {
    const body = await html("/gip?q=1");
    expect(text(body, "gip-from")).toBe("server");
    expect(unescape(text(body, "gip-query"))).toBe('{"q":"1"}');
    expect(nextData(body).gip).toBe(true);
  });

  it("serves /_next/data/<buildId>/<path>.json for client transitions", async () => {
    const id = await buildId();
    const ssr = await get(`/_next/data/${id}/ssr.json?q=1`);
    expect(ssr.status).toBe(200);
    expect(ssr.headers.get("content-type")).toMatch(/^application\/json/);
    const ssrBody = await ssr.json();
    expect(ssrBody.__N_SSP).toBe(true);
    expect(ssrBody.pageProps.query).toEqual({ q: "1" });
    expect(ssrBody.pageProps.reqUrl).toBe(`/_next/data/${id}/ssr.json?q=1`);
    expect(ssrBody.pageProps.resolvedUrl).toBe("/ssr?q=1");
    expect((await (await get(`/_next/data/${id}/blog/hello.json`)).json()).pageProps.post.title).toBe("Hello pages");
    expect((await (await get(`/_next/data/${id}/docs/x/y.json`)).json()).pageProps.slug).toEqual(["x", "y"]);
    expect((await (await get(`/_next/data/${id}/fallback/fresh.json`)).json()).pageProps).toEqual({ id: "fresh", source: "getStaticProps" });
    const redirect = await (await get(`/_next/data/${id}/ssr-redirect.json`)).json();
    expect(redirect.pageProps).toEqual({ __N_REDIRECT: "/blog/hello", __N_REDIRECT_STATUS: 307 });
    for (const path of ["ssr-not-found", "blog/unknown", "fallback/missing", "nope", "about", "api/hello"]) {
      expect((await get(`/_next/data/${id}/${path}.json`)).status, path).toBe(404);
    }
  });

  it("answers a /_next/data request for another build id with 404 JSON", async () => {
    const res = await get("/_next/data/not-this-build/ssr.json");
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ notFound: true });
  });
}
