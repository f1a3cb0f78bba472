// ImageResponse's options (next/og): checked where the response is built, as the
// docs list them (https://nextjs.org/docs/app/api-reference/functions/image-response).
// Rendering itself is exercised on real servers by test/presets/suites/og-images.ts.
import { describe, expect, it } from "vitest";
import { ImageResponse } from "../../src/runtime/og/image-response";

describe("ImageResponse options", () => {
  it("sets status, statusText and merges headers over the PNG defaults", () => {
    const res = new ImageResponse(null as never, { status: 201, statusText: "Made", headers: { "x-a": "1", "cache-control": "no-store" } });
    expect(res.status).toBe(201);
    expect(res.statusText).toBe("Made");
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(res.headers.get("x-a")).toBe("1");
    expect(res.headers.get("cache-control")).toBe("no-store");
    void res.body?.cancel();
  });

  it.each([
    [{ width: 0 }, /`width` must be a whole number of pixels/],
    [{ height: 12.5 }, /`height` must be a whole number of pixels/],
    [{ width: 20000 }, /between 1 and 16384, got 20000/],
    [{ format: "webp" }, /format "webp" is not supported; vinext renders PNG only/],
    [{ emoji: "twemoji" }, /the `emoji` option is not supported/],
  ])("fails loudly for %j", (options, message) => {
    expect(() => new ImageResponse(null as never, options as never)).toThrow(message);
    expect(() => new ImageResponse(null as never, options as never)).toThrow(/^\[vinext\] ImageResponse: /);
  });
});
