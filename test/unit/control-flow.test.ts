// Control-flow errors and their digests, as Next encodes them
// (test/e2e/app-dir/navigation: redirect digests; unstable_rethrow docs).
import { describe, expect, it } from "vitest";
import { httpFallbackError, httpFallbackStatus, isControlFlowError, redirectError, redirectInfo } from "../../src/runtime/control-flow";
import { notFound, redirect, unstable_rethrow } from "../../src/shims/navigation-control";

describe("control-flow errors", () => {
  it.each([404, 403, 401] as const)("round-trips the %i fallback status", (status) => {
    const error = httpFallbackError(status);
    expect(error.digest).toBe(`NEXT_HTTP_ERROR_FALLBACK;${status}`);
    expect(httpFallbackStatus(error)).toBe(status);
    expect(redirectInfo(error)).toBeUndefined();
  });

  it("parses redirect digests whose URL contains semicolons", () => {
    const error = redirectError("/a;b?c=1;2", "push", 308);
    expect(redirectInfo(error)).toEqual({ url: "/a;b?c=1;2", type: "push", status: 308 });
  });

  it("redirect() defaults to replace outside a Server Action", () => {
    try {
      redirect("/login");
    } catch (error) {
      expect(redirectInfo(error)).toEqual({ url: "/login", type: "replace", status: 307 });
    }
    expect.assertions(1);
  });

  it("ignores look-alike digests", () => {
    expect(isControlFlowError({ digest: "NEXT_HTTP_ERROR_FALLBACK;500" })).toBe(false);
    expect(isControlFlowError(new Error("NEXT_REDIRECT"))).toBe(false);
    expect(isControlFlowError(null)).toBe(false);
  });
});

describe("unstable_rethrow", () => {
  it("rethrows notFound() and redirect() errors, also when wrapped as a cause", () => {
    const notFoundError = (() => {
      try {
        notFound();
      } catch (error) {
        return error;
      }
    })();
    expect(() => unstable_rethrow(notFoundError)).toThrow();
    expect(() => unstable_rethrow(new Error("wrapped", { cause: notFoundError }))).toThrow();
  });

  it("lets ordinary errors through", () => {
    expect(() => unstable_rethrow(new Error("database down"))).not.toThrow();
  });
});
