// NextURL: request.nextUrl (https://nextjs.org/docs/app/api-reference/functions/next-request#nexturl).
// basePath is stripped from `pathname` and kept in `href`; clone() is independent.
import { describe, expect, it } from "vitest";
import { NextURL } from "../../src/runtime/server/next-url";

describe("NextURL", () => {
  it("reads like a WHATWG URL", () => {
    const url = new NextURL("https://user:pw@example.com:8080/a/b?x=1&x=2#frag");
    expect(url.pathname).toBe("/a/b");
    expect(url.search).toBe("?x=1&x=2");
    expect(url.searchParams.getAll("x")).toEqual(["1", "2"]);
    expect(url.origin).toBe("https://example.com:8080");
    expect([url.protocol, url.username, url.password, url.host, url.hostname, url.port, url.hash]).toEqual([
      "https:",
      "user",
      "pw",
      "example.com:8080",
      "example.com",
      "8080",
      "#frag",
    ]);
    expect(url.basePath).toBe("");
    expect(url.locale).toBe("");
    expect(String(url)).toBe(url.href);
    expect(JSON.stringify({ url })).toBe(JSON.stringify({ url: url.href }));
  });

  it("accepts a base URL like new URL(input, base)", () => {
    expect(new NextURL("/x?y=1", "http://h.test").href).toBe("http://h.test/x?y=1");
    expect(() => new NextURL("/relative")).toThrow(TypeError);
  });

  it.each([
    ["https://a.test/docs/intro", "/docs", "/intro", "/docs"],
    ["https://a.test/docs", "/docs", "/", "/docs"],
    ["https://a.test/docs/", "docs/", "/", "/docs"],
    ["https://a.test/documents/x", "/docs", "/documents/x", ""],
    ["https://a.test/other", "/docs", "/other", ""],
  ])("%s with basePath %s → pathname %s, basePath %j", (href, basePath, pathname, seen) => {
    const url = new NextURL(href, { basePath });
    expect(url.pathname).toBe(pathname);
    expect(url.basePath).toBe(seen);
    expect(url.href).toBe(href);
  });

  it("keeps the basePath when the pathname is set", () => {
    const url = new NextURL("https://a.test/docs/intro?q=1", { basePath: "/docs" });
    url.pathname = "/guide";
    expect(url.href).toBe("https://a.test/docs/guide?q=1");
    url.pathname = "/";
    expect(url.href).toBe("https://a.test/docs?q=1");
    url.pathname = "no-slash";
    expect(url.pathname).toBe("/no-slash");
  });

  it("clones independently, keeping basePath and buildId", () => {
    const url = new NextURL("https://a.test/docs/intro?q=1", { basePath: "/docs", buildId: "b1" });
    const copy = url.clone();
    copy.pathname = "/other";
    copy.searchParams.set("q", "2");
    expect(url.href).toBe("https://a.test/docs/intro?q=1");
    expect(copy.href).toBe("https://a.test/docs/other?q=2");
    expect(copy.buildId).toBe("b1");
    expect(copy).toBeInstanceOf(NextURL);
  });

  it("writes through its setters", () => {
    const url = new NextURL("http://a.test/x");
    url.search = "?a=1";
    url.hash = "h";
    url.host = "b.test:81";
    url.protocol = "https:";
    expect(url.href).toBe("https://b.test:81/x?a=1#h");
    url.href = "http://c.test/y";
    expect(url.pathname).toBe("/y");
  });
});
