// next/link `href` objects, formatted like Node's url.format (which Next uses).
// https://nextjs.org/docs/app/api-reference/components/link#with-url-object (test/integration/link-with-encoding)
import { describe, expect, it } from "vitest";
import { formatUrlObject, type UrlObject } from "../../src/shims/url-object";

describe("formatUrlObject", () => {
  it.each<[UrlObject, string]>([
    [{ pathname: "/about" }, "/about"],
    [{ pathname: "/a", query: { q: "x" } }, "/a?q=x"],
    [{ pathname: "/a", query: { q: "x", n: 2, b: true } }, "/a?q=x&n=2&b=true"],
    [{ pathname: "/a", query: { tag: ["x", "y"] } }, "/a?tag=x&tag=y"],
    [{ pathname: "/a", query: { q: "a b&c=d" } }, "/a?q=a+b%26c%3Dd"],
    [{ pathname: "/a", query: { skip: undefined, none: null, keep: "" } }, "/a?keep="],
    [{ pathname: "/a", query: {} }, "/a"],
    [{ pathname: "/a", query: "x=1&y=2" }, "/a?x=1&y=2"],
    [{ pathname: "/a", query: "x=1", hash: "top" }, "/a?x=1#top"],
    [{ pathname: "/a", hash: "top" }, "/a#top"],
    [{ pathname: "/a", hash: "#top" }, "/a#top"],
    [{ pathname: "/a", search: "?s=1" }, "/a?s=1"],
    [{ pathname: "/a", search: "s=1" }, "/a?s=1"],
    [{ pathname: "/a", search: "?s=1", query: { q: "ignored" } }, "/a?s=1"],
    [{ query: { q: "x" } }, "?q=x"],
    [{ hash: "h" }, "#h"],
    [{ pathname: null, query: null, hash: null }, ""],
  ])("%j → %s", (url, expected) => {
    expect(formatUrlObject(url)).toBe(expected);
  });
});
