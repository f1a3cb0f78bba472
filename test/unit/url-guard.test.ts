// Repeated slashes and backslashes → 308 to the cleaned path, while an encoded "%2F" is not
// redirected (test/integration/repeated-slashes); malformed percent-encoding → 400 (DESIGN §5).
import { describe, expect, it } from "vitest";
import { checkUrl, rawPathOf } from "../../src/runtime/server/url-guard";

const verdict = (href: string) => checkUrl(new URL(href), rawPathOf(href));

describe("checkUrl", () => {
  it.each([
    ["http://h//evil.com", "/evil.com"],
    ["http://h///evil.com/x", "/evil.com/x"],
    ["http://h//evil.com?next=1", "/evil.com?next=1"],
    ["http://h/a//b", "/a/b"],
    ["http://h/a//b/", "/a/b"],
    ["http://h/a///b?x=1&y=2", "/a/b?x=1&y=2"],
    ["http://h//", "/"],
  ])("%s → 308 %s", (href, location) => {
    const v = verdict(href);
    expect(v).toEqual({ ok: false, status: 308, location });
    if (!v.ok && v.status === 308) expect(v.location.startsWith("//")).toBe(false);
  });

  // WHATWG URL folds "\" into "/" for http(s), so backslashes are checked on the raw path as sent.
  it.each([
    ["/\\evil.com", "/evil.com"],
    ["\\\\evil.com", "/evil.com"],
    ["/a\\b", "/a/b"],
    ["/\\/evil.com", "/evil.com"],
  ])("raw path %s → 308 %s", (raw, location) => {
    const v = checkUrl(new URL(raw, "http://h"), raw);
    expect(v).toMatchObject({ ok: false, status: 308, location });
    if (!v.ok && v.status === 308) expect(v.location).not.toMatch(/^[/\\]{2}/);
  });

  it.each(["http://h/%E0%A4%A", "http://h/%", "http://h/%zz", "http://h/a/%C3"])("%s → 400", (href) => {
    const v = verdict(href);
    expect(v.ok).toBe(false);
    expect(v).toMatchObject({ status: 400 });
    if (!v.ok && v.status === 400) expect(v.reason).toMatch(/^\[vinext\]/);
  });

  it.each<[string, string[]]>([
    ["http://h/", []],
    ["http://h/about", ["about"]],
    ["http://h/blog/caf%C3%A9?x=//y#//z", ["blog", "café"]],
    ["http://h/a%2F%2Fb", ["a//b"]],
    ["http://h/%2Fgoogle.com", ["/google.com"]],
    ["http://h/a/b/", ["a", "b"]],
  ])("%s → parts %j", (href, parts) => {
    expect(verdict(href)).toEqual({ ok: true, parts });
  });
});

describe("rawPathOf", () => {
  it.each([
    ["http://h", "/"],
    ["http://h/", "/"],
    ["http://h:3000/a/b", "/a/b"],
    ["http://h/a?b=1", "/a"],
    ["http://h/a?next=//evil.com", "/a"],
    ["http://h/a#x", "/a"],
    ["http://h/a#/b?c", "/a"],
    ["http://h//evil.com?x", "//evil.com"],
    ["https://user:pw@h/a//b", "/a//b"],
    ["http://h?q=/x", "/"],
  ])("%s → %s", (href, raw) => {
    expect(rawPathOf(href)).toBe(raw);
  });

  it("matches what a Request exposes", () => {
    const request = new Request("http://h//evil.com/?a=1");
    expect(rawPathOf(request.url)).toBe("//evil.com/");
  });
});
