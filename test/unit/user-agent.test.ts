// userAgent() (https://nextjs.org/docs/app/api-reference/functions/userAgent): the shape
// Next returns, with ua-parser-js's names for the common browsers, systems and devices.
import { describe, expect, it } from "vitest";
import { userAgent, userAgentFromString } from "../../src/runtime/server/user-agent";

const UA = {
  chromeWindows: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.130 Safari/537.36",
  safariMac: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15",
  firefoxLinux: "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0",
  edge: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91",
  iphone: "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1",
  ipad: "Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/120.0.6099.119 Mobile/15E148 Safari/604.1",
  pixel: "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.144 Mobile Safari/537.36",
  samsungTablet: "Mozilla/5.0 (Linux; Android 13; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/23.0 Chrome/115.0.0.0 Safari/537.36",
  reducedAndroid: "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36",
  googlebot: "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
  slack: "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
};

describe("userAgentFromString", () => {
  it.each([
    ["chromeWindows", { name: "Chrome", version: "120.0.6099.130", major: "120" }, { name: "Windows", version: "10" }, {}, { name: "Blink", version: "120.0.6099.130" }, "amd64"],
    ["safariMac", { name: "Safari", version: "17.2", major: "17" }, { name: "Mac OS", version: "10.15.7" }, { vendor: "Apple", model: "Macintosh" }, { name: "WebKit", version: "605.1.15" }, undefined],
    ["firefoxLinux", { name: "Firefox", version: "121.0", major: "121" }, { name: "Linux" }, {}, { name: "Gecko", version: "121.0" }, "amd64"],
    ["edge", { name: "Edge", version: "120.0.2210.91", major: "120" }, { name: "Windows", version: "10" }, {}, { name: "Blink", version: "120.0.0.0" }, "amd64"],
    ["iphone", { name: "Mobile Safari", version: "17.1", major: "17" }, { name: "iOS", version: "17.1.2" }, { type: "mobile", vendor: "Apple", model: "iPhone" }, { name: "WebKit", version: "605.1.15" }, undefined],
    ["ipad", { name: "Mobile Chrome", version: "120.0.6099.119", major: "120" }, { name: "iOS", version: "16.6" }, { type: "tablet", vendor: "Apple", model: "iPad" }, { name: "WebKit", version: "605.1.15" }, undefined],
    ["pixel", { name: "Mobile Chrome", version: "120.0.6099.144", major: "120" }, { name: "Android", version: "14" }, { type: "mobile", vendor: "Google", model: "Pixel 8" }, { name: "Blink", version: "120.0.6099.144" }, undefined],
    ["samsungTablet", { name: "Samsung Internet", version: "23.0", major: "23" }, { name: "Android", version: "13" }, { type: "tablet", vendor: "Samsung", model: "SM-X710" }, { name: "Blink", version: "115.0.0.0" }, undefined],
    ["reducedAndroid", { name: "Mobile Chrome", version: "120.0.0.0", major: "120" }, { name: "Android", version: "10" }, { type: "mobile", vendor: undefined, model: undefined }, { name: "Blink", version: "120.0.0.0" }, undefined],
  ] as const)("%s", (key, browser, os, device, engine, architecture) => {
    const ua = userAgentFromString(UA[key]);
    expect(ua.ua).toBe(UA[key]);
    expect(ua.isBot).toBe(false);
    expect(ua.browser).toEqual(browser);
    expect(ua.os).toEqual(os);
    expect(ua.device).toEqual(device);
    expect(ua.engine).toEqual(engine);
    expect(ua.cpu.architecture).toBe(architecture);
  });

  it("recognises crawlers and link-preview bots", () => {
    expect(userAgentFromString(UA.googlebot).isBot).toBe(true);
    expect(userAgentFromString(UA.slack).isBot).toBe(true);
  });

  it("answers empty objects for a missing or unknown user agent", () => {
    for (const input of [undefined, "", "curl/8.4.0"]) {
      const ua = userAgentFromString(input);
      expect(ua.isBot).toBe(false);
      expect(ua.browser).toEqual({ major: undefined });
      expect(ua.os).toEqual({});
      expect(ua.device).toEqual({});
    }
  });
});

describe("userAgent", () => {
  it("reads the user-agent header of a request", () => {
    const request = new Request("http://h.test/", { headers: { "user-agent": UA.iphone } });
    expect(userAgent(request).device.type).toBe("mobile");
    expect(userAgent({ headers: new Headers() }).ua).toBe("");
  });
});
