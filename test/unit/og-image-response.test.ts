// ImageResponse's options (next/og): checked where the response is built, as the
// docs list them (https://nextjs.org/docs/app/api-reference/functions/image-response).
// Rendering itself is exercised on real servers by test/presets/suites/og-images.ts.
import { describe, expect, it } from "vitest";
import { emojiCode, emojiUrl, EMOJI_TYPES } from "../../src/runtime/og/emoji";
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
    [{ emoji: "apple" }, /`emoji` must be one of "twemoji", "blobmoji", "noto", "openmoji", "fluent", "fluentFlat", got "apple"/],
  ])("fails loudly for %j", (options, message) => {
    expect(() => new ImageResponse(null as never, options as never)).toThrow(message);
    expect(() => new ImageResponse(null as never, options as never)).toThrow(/^\[vinext\] ImageResponse: /);
  });
});

// Emoji files are named by code point, as the sets Next's `emoji` option draws from name them.
describe("emoji images", () => {
  it("names an emoji by its code points, dropping the variation selector unless joined by ZWJ", () => {
    expect(emojiCode("😀")).toBe("1f600");
    expect(emojiCode("👋🏽")).toBe("1f44b-1f3fd");
    expect(emojiCode("❤️")).toBe("2764");
    expect(emojiCode("🏳️‍🌈")).toBe("1f3f3-fe0f-200d-1f308");
  });

  it("points each set at its CDN by default and at `<base>/<type>/<file>` when a base is set", () => {
    expect(emojiUrl("twemoji", "😀")).toBe("https://cdn.jsdelivr.net/gh/twitter/twemoji@14.0.2/assets/svg/1f600.svg");
    expect(emojiUrl("openmoji", "😀")).toBe("https://cdn.jsdelivr.net/npm/@svgmoji/openmoji@2.0.0/svg/1F600.svg");
    expect(emojiUrl("fluentFlat", "😀")).toBe("https://cdn.jsdelivr.net/gh/shuding/fluentui-emoji-unicode/assets/1f600_flat.svg");
    expect(emojiUrl("noto", "😀", "http://127.0.0.1:9/emoji/")).toBe("http://127.0.0.1:9/emoji/noto/1F600.svg");
    expect(EMOJI_TYPES.map((type) => new ImageResponse(null as never, { emoji: type }).status)).toEqual([200, 200, 200, 200, 200, 200]);
  });
});
