// Next's Cache-Control for ISR pages (test/e2e/app-dir/app-static, test/e2e/prerender).
import { describe, expect, it } from "vitest";
import { isrCacheControl, NO_STORE } from "../../src/runtime/server/cache-control";
import { seedFileFor } from "../../src/runtime/server/isr-seed";

describe("isrCacheControl", () => {
  it.each([
    [60, undefined, "s-maxage=60, stale-while-revalidate=31535940"],
    [10, 100, "s-maxage=10, stale-while-revalidate=90"],
    [100, 100, "s-maxage=100"],
    [false, undefined, "s-maxage=31536000"],
    [undefined, undefined, "s-maxage=31536000"],
    [0, undefined, NO_STORE],
  ] as const)("revalidate %s, expire %s → %s", (revalidate, expire, expected) => {
    expect(isrCacheControl(revalidate, expire)).toBe(expected);
  });
});

describe("seedFileFor", () => {
  it("maps URL paths (encoded or not) to one safe file name each", () => {
    expect(seedFileFor("/blog/a")).toBe("__vinext-isr/_2fblog_2fa.seed");
    expect(seedFileFor("/caf%C3%A9")).toBe(seedFileFor("/café"));
    expect(seedFileFor("/a.rsc")).not.toBe(seedFileFor("/a"));
    expect(seedFileFor("/../x")).toMatch(/^__vinext-isr\/[A-Za-z0-9_-]+\.seed$/);
  });
});
