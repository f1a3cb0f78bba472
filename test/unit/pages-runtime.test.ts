// Pure parts of the Pages Router runtime: query objects (Next: test/integration/
// getserversideprops "should supply query values SSR"), data paths
// (test/integration/getserversideprops data routes), href objects
// (test/integration/dynamic-routing), body parsing (test/integration/api-support),
// next/head de-duplication (test/integration/next-head), data function results.
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { BodyError, parseBody, parseSizeLimit, readBody } from "../../src/runtime/pages/body";
import { checkDataResult, runGetStaticPaths } from "../../src/runtime/pages/data";
import { dataPathFor, parseDataPath } from "../../src/runtime/pages/data-path";
import { dedupeHead, flattenHead } from "../../src/runtime/pages/head";
import { interpolateUrlObject } from "../../src/runtime/pages/href";
import { parseCookies } from "../../src/runtime/pages/node-request";
import { buildQuery, searchToQuery } from "../../src/runtime/pages/query";
import { splitHoisted } from "../../src/runtime/pages/render";
import { serializeNextData } from "../../src/runtime/pages/next-data";

describe("query", () => {
  it("turns repeated keys into arrays and lets params win", () => {
    expect(searchToQuery(new URLSearchParams("a=1&b=2&a=3"))).toEqual({ a: ["1", "3"], b: "2" });
    expect(buildQuery({ post: "a", all: ["x", "y"] }, new URLSearchParams("post=b&x=1"))).toEqual({ post: "a", all: ["x", "y"], x: "1" });
  });
});

describe("data paths", () => {
  it.each([
    ["/_next/data/abc/index.json", { buildId: "abc", pathname: "/" }],
    ["/_next/data/abc/blog/x.json", { buildId: "abc", pathname: "/blog/x" }],
    ["/_next/data/abc/.json", undefined],
    ["/_next/data/abc.json", undefined],
    ["/_next/data//x.json", undefined],
    ["/_next/static/x.json", undefined],
    ["/blog/x.json", undefined],
  ])("parses %s", (path, expected) => {
    expect(parseDataPath(path)).toEqual(expected);
  });

  it("round-trips", () => {
    for (const path of ["/", "/blog/x", "/a/b/c"]) expect(parseDataPath(dataPathFor("id", path))).toEqual({ buildId: "id", pathname: path });
  });
});

describe("href objects", () => {
  it("interpolates dynamic segments from the query and keeps the rest as search", () => {
    expect(interpolateUrlObject({ pathname: "/blog/[slug]", query: { slug: "a b", x: "1" } })).toBe("/blog/a%20b?x=1");
    expect(interpolateUrlObject({ pathname: "/docs/[...slug]", query: { slug: ["a", "b"] } })).toBe("/docs/a/b");
    expect(interpolateUrlObject({ pathname: "/opt/[[...slug]]", query: {} })).toBe("/opt");
    expect(interpolateUrlObject({ pathname: "/blog/[slug]", query: {} })).toBe("/blog/[slug]");
    expect(interpolateUrlObject({ pathname: "/plain", query: { q: "1" }, hash: "top" })).toBe("/plain?q=1#top");
  });
});

describe("body parsing", () => {
  it("parses sizes like Next's bytes()", () => {
    expect(parseSizeLimit("1mb")).toBe(1048576);
    expect(parseSizeLimit("1.5kb")).toBe(1536);
    expect(parseSizeLimit(10)).toBe(10);
    expect(() => parseSizeLimit("lots")).toThrow(/\[vinext\] Invalid bodyParser sizeLimit "lots"/);
  });

  it("parses by content type; bad JSON is a 400, an empty JSON body is {}", () => {
    const bytes = (s: string) => new TextEncoder().encode(s);
    expect(parseBody(bytes('{"a":1}'), "application/json; charset=utf-8")).toEqual({ a: 1 });
    expect(parseBody(bytes(""), "application/json")).toEqual({});
    expect(parseBody(bytes("a=1&a=2"), "application/x-www-form-urlencoded")).toEqual({ a: ["1", "2"] });
    expect(parseBody(bytes("hi"), "text/plain")).toBe("hi");
    expect(() => parseBody(bytes("{nope"), "application/json")).toThrow(BodyError);
  });

  it("stops reading past the limit (declared or streamed) with a 413", async () => {
    const big = new Request("http://x/", { method: "POST", body: "x".repeat(20) });
    await expect(readBody(big, 10, "10b")).rejects.toMatchObject({ status: 413, message: "Body exceeded 10b limit" });
    const declared = new Request("http://x/", { method: "POST", body: "x", headers: { "content-length": "999" } });
    await expect(readBody(declared, 10, "10b")).rejects.toMatchObject({ status: 413 });
    expect(new TextDecoder().decode(await readBody(new Request("http://x/", { method: "POST", body: "ok" }), 10, "10b"))).toBe("ok");
  });

  it("parses cookies", () => {
    expect(parseCookies('a=1; b="two"; c=%E2%9C%93; a=ignored; bad')).toEqual({ a: "1", b: "two", c: "✓" });
    expect(parseCookies(null)).toEqual({});
  });
});

describe("next/head", () => {
  const h = createElement;
  it("keeps the last of each key, title, charSet and meta name, but every og property", () => {
    const elements = flattenHead([
      h("title", { key: undefined }, "a"),
      h("meta", { name: "description", content: "1" }),
      h("meta", { property: "og:image", content: "x" }),
      h("meta", { property: "og:image", content: "y" }),
      h("link", { key: "canon", rel: "canonical", href: "/1" }),
      [h("title", null, "b"), h("meta", { name: "description", content: "2" })],
      h("link", { key: "canon", rel: "canonical", href: "/2" }),
      h("div", null, "not a head tag"),
    ]);
    const kept = dedupeHead(elements).map((e) => `${e.type}:${JSON.stringify(e.props)}`);
    expect(kept).toEqual([
      'meta:{"property":"og:image","content":"x"}',
      'meta:{"property":"og:image","content":"y"}',
      'title:{"children":"b"}',
      'meta:{"name":"description","content":"2"}',
      'link:{"rel":"canonical","href":"/2"}',
    ]);
  });
});

describe("rendering helpers", () => {
  it("moves React's hoisted tags out of the page HTML", () => {
    expect(splitHoisted('<title>T</title><meta name="a"/><link rel="x" href="/y"/><div><title>in</title></div>')).toEqual({
      hoisted: '<title>T</title><meta name="a"/><link rel="x" href="/y"/>',
      body: "<div><title>in</title></div>",
    });
  });

  it("escapes __NEXT_DATA__ for a script element", () => {
    const json = serializeNextData({ props: { pageProps: { x: "</script><script>alert(1)</script>\u2028" } }, page: "/", query: {}, buildId: "b" });
    expect(json).not.toContain("</script>");
    expect(JSON.parse(json).props.pageProps.x).toBe("</script><script>alert(1)</script>\u2028");
  });
});

describe("data function results", () => {
  it("accepts props (or a Promise of them), notFound and redirect", async () => {
    expect(await checkDataResult({ props: Promise.resolve({ a: 1 }) }, "getServerSideProps", "/p")).toEqual({ kind: "props", props: { a: 1 } });
    expect(await checkDataResult({ props: {}, revalidate: 10 }, "getStaticProps", "/p")).toEqual({ kind: "props", props: {}, revalidate: 10 });
    expect(await checkDataResult({ notFound: true }, "getStaticProps", "/p")).toEqual({ kind: "notFound" });
    expect(await checkDataResult({ redirect: { destination: "/x", permanent: true } }, "getServerSideProps", "/p")).toEqual({ kind: "redirect", destination: "/x", status: 308 });
    expect(await checkDataResult({ redirect: { destination: "/x", statusCode: 303 } }, "getServerSideProps", "/p")).toMatchObject({ status: 303 });
  });

  it("rejects what Next rejects, naming the page", async () => {
    await expect(checkDataResult(undefined, "getServerSideProps", "/p")).rejects.toThrow(/\[vinext\] pages\/p: `getServerSideProps` did not return an object/);
    await expect(checkDataResult({ props: {}, time: 1 }, "getServerSideProps", "/p")).rejects.toThrow(/additional keys.*time/);
    await expect(checkDataResult({ props: {}, revalidate: 1 }, "getServerSideProps", "/p")).rejects.toThrow(/revalidate/);
  });

  it("turns getStaticPaths entries into paths", async () => {
    const segments = [{ kind: "static", value: "blog" }, { kind: "dynamic", name: "slug" }] as const;
    const result = await runGetStaticPaths(() => ({ paths: ["/blog/a/", { params: { slug: "b c" } }, { params: { slug: "d" }, locale: "fr" }], fallback: "blocking" }), segments, "/blog/[slug]", {});
    expect(result).toEqual({ entries: [{ path: "/blog/a" }, { path: "/blog/b%20c" }, { path: "/blog/d", locale: "fr" }], fallback: "blocking" });
    await expect(runGetStaticPaths(() => ({ paths: [{ params: {} }], fallback: false }), segments, "/blog/[slug]", {})).rejects.toThrow(/invalid entry/);
    await expect(runGetStaticPaths(() => ({ paths: [] }), segments, "/blog/[slug]", {})).rejects.toThrow(/fallback/);
  });
});
