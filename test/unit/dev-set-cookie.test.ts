// splitSetCookies (src/vite/dev-set-cookie.ts): the Set-Cookie pairs of a raw
// header list are set apart so `vinext dev` can send each of them.
import { describe, expect, it } from "vitest";
import { splitSetCookies } from "../../src/vite/dev-set-cookie";

describe("splitSetCookies", () => {
  it("takes every Set-Cookie out, in order, whatever its case", () => {
    expect(splitSetCookies(["content-type", "text/html", "set-cookie", "a=1", "Set-Cookie", "b=2", "vary", "rsc"])).toEqual({
      rest: ["content-type", "text/html", "vary", "rsc"],
      cookies: ["a=1", "b=2"],
    });
  });

  it("leaves a list without cookies as it is", () => {
    expect(splitSetCookies(["x", "1"])).toEqual({ rest: ["x", "1"], cookies: [] });
  });
});
