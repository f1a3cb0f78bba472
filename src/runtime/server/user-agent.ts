// userAgent(): a small User-Agent parser with the shape Next returns (Next
// uses ua-parser-js; we cover the common browsers, engines, systems and devices
// with the same names and leave the rest undefined). Pure.
// https://nextjs.org/docs/app/api-reference/functions/userAgent

export interface UserAgent {
  isBot: boolean;
  ua: string;
  browser: { name?: string; version?: string; major?: string };
  device: { model?: string; type?: string; vendor?: string };
  engine: { name?: string; version?: string };
  os: { name?: string; version?: string };
  cpu: { architecture?: string };
}

/** Crawlers and link-preview fetchers Next reports as bots. */
const BOT =
  /Googlebot|Mediapartners-Google|AdsBot-Google|googleweblight|Storebot-Google|Google-PageRenderer|Google-InspectionTool|Bingbot|BingPreview|Slurp|DuckDuckBot|baiduspider|yandex|sogou|LinkedInBot|bitlybot|tumblr|vkShare|quora link preview|facebookexternalhit|facebookcatalog|Twitterbot|applebot|redditbot|Slackbot|Discordbot|WhatsApp|SkypeUriPreview|ia_archiver/i;

type Rule<T> = [RegExp, (match: RegExpExecArray, ua: string) => T];

function first<T>(ua: string, rules: Rule<T>[]): T | undefined {
  for (const [pattern, build] of rules) {
    const match = pattern.exec(ua);
    if (match) return build(match, ua);
  }
  return undefined;
}

const mobile = (ua: string) => /Mobile|iPhone|iPod/.test(ua);

const BROWSERS: Rule<{ name: string; version?: string }>[] = [
  [/Edg(?:e|A|iOS)?\/([\d.]+)/, (m) => ({ name: "Edge", version: m[1] })],
  [/(?:OPR|OPiOS)\/([\d.]+)/, (m) => ({ name: "Opera", version: m[1] })],
  [/Opera.+Version\/([\d.]+)/, (m) => ({ name: "Opera", version: m[1] })],
  [/SamsungBrowser\/([\d.]+)/, (m) => ({ name: "Samsung Internet", version: m[1] })],
  [/FxiOS\/([\d.]+)/, (m) => ({ name: "Mobile Firefox", version: m[1] })],
  [/CriOS\/([\d.]+)/, (m) => ({ name: "Mobile Chrome", version: m[1] })],
  [/Firefox\/([\d.]+)/, (m, ua) => ({ name: mobile(ua) || /Android/.test(ua) ? "Mobile Firefox" : "Firefox", version: m[1] })],
  [/; wv\).+Chrome\/([\d.]+)/, (m) => ({ name: "Chrome WebView", version: m[1] })],
  [/HeadlessChrome\/([\d.]+)/, (m) => ({ name: "Chrome Headless", version: m[1] })],
  [/Chrome\/([\d.]+)/, (m, ua) => ({ name: /Android/.test(ua) && mobile(ua) ? "Mobile Chrome" : "Chrome", version: m[1] })],
  [/Version\/([\d.]+).*Safari\//, (m, ua) => ({ name: mobile(ua) ? "Mobile Safari" : "Safari", version: m[1] })],
  [/(?:iPhone|iPad|iPod).+AppleWebKit/, () => ({ name: "WebKit" })],
  [/MSIE ([\d.]+)/, (m) => ({ name: "IE", version: m[1] })],
  [/Trident\/.+rv:([\d.]+)/, (m) => ({ name: "IE", version: m[1] })],
];

const ENGINES: Rule<{ name: string; version?: string }>[] = [
  [/Edge\/([\d.]+)/, (m) => ({ name: "EdgeHTML", version: m[1] })],
  [/Chrome\/([\d.]+)/, (m) => ({ name: "Blink", version: m[1] })],
  [/Presto\/([\d.]+)/, (m) => ({ name: "Presto", version: m[1] })],
  [/AppleWebKit\/([\d.]+)/, (m) => ({ name: "WebKit", version: m[1] })],
  [/Trident\/([\d.]+)/, (m) => ({ name: "Trident", version: m[1] })],
  [/rv:([\w.]+)\).+Gecko/, (m) => ({ name: "Gecko", version: m[1] })],
];

const WINDOWS: Record<string, string> = { "10.0": "10", "6.3": "8.1", "6.2": "8", "6.1": "7", "6.0": "Vista", "5.2": "XP", "5.1": "XP" };
const dots = (version: string | undefined) => version?.replace(/_/g, ".");

const SYSTEMS: Rule<{ name: string; version?: string }>[] = [
  [/(?:iPhone|iPad|iPod).+? OS (\d+(?:_\d+)*)/, (m) => ({ name: "iOS", version: dots(m[1]) })],
  [/Windows Phone(?: OS)? ([\d.]+)/, (m) => ({ name: "Windows Phone", version: m[1] })],
  [/Windows NT ([\d.]+)/, (m) => ({ name: "Windows", version: WINDOWS[m[1]!] ?? m[1] })],
  [/Android[ /]?([\d.]*)/, (m) => ({ name: "Android", version: m[1] || undefined })],
  [/CrOS \S+ ([\d.]+)/, (m) => ({ name: "Chromium OS", version: m[1] })],
  [/Mac OS X ?(\d+(?:[_.]\d+)*)?/, (m) => ({ name: "Mac OS", version: dots(m[1]) })],
  [/Ubuntu/, () => ({ name: "Ubuntu" })],
  [/Linux/, () => ({ name: "Linux" })],
];

const ANDROID_VENDORS: [RegExp, string][] = [
  [/^(?:SM-|GT-|SAMSUNG)/i, "Samsung"],
  [/^Pixel/, "Google"],
  [/^Nexus/, "Google"],
  [/^(?:Redmi|Mi |M\d{4}|POCO)/i, "Xiaomi"],
  [/^(?:ONEPLUS|[A-Z]{2}\d{4}$)/, "OnePlus"],
  [/^(?:moto|XT\d)/i, "Motorola"],
  [/^(?:HUAWEI|ELE-|VOG-)/i, "Huawei"],
];

const DEVICES: Rule<UserAgent["device"]>[] = [
  [/iPad/, () => ({ type: "tablet", vendor: "Apple", model: "iPad" })],
  [/iPod/, () => ({ type: "mobile", vendor: "Apple", model: "iPod touch" })],
  [/iPhone/, () => ({ type: "mobile", vendor: "Apple", model: "iPhone" })],
  [/SmartTV|SMART-TV|HbbTV|AppleTV|GoogleTV|BRAVIA/i, () => ({ type: "smarttv" })],
  [/PlayStation|Xbox|Nintendo/, (m) => ({ type: "console", vendor: m[0] === "Xbox" ? "Microsoft" : m[0] === "Nintendo" ? "Nintendo" : "Sony" })],
  [
    /Android[^;)]*;(?:[^;)]*;)*?\s*([^;)]+?)\s*(?:Build\/[^;)]*)?\)/,
    (m, ua) => {
      const model = m[1] === "K" || /^(?:Linux|U|wv|[a-z]{2}[-_][a-z]{2})$/i.test(m[1]!) ? undefined : m[1];
      const vendor = model ? ANDROID_VENDORS.find(([pattern]) => pattern.test(model))?.[1] : undefined;
      return { type: /Mobile/.test(ua) ? "mobile" : "tablet", vendor, model };
    },
  ],
  [/Macintosh/, () => ({ vendor: "Apple", model: "Macintosh" })],
];

const CPUS: Rule<string>[] = [
  [/(?:x86_64|x86-64|x64|Win64|WOW64|amd64)/i, () => "amd64"],
  [/(?:aarch64|arm64)/i, () => "arm64"],
  [/armv?[5-8]?l?\b/i, () => "arm"],
  [/(?:i[3-6]86|x86)\b/i, () => "ia32"],
];

/** @example userAgentFromString("Mozilla/5.0 (X11; Linux x86_64) ... Chrome/120.0.0.0 Safari/537.36").browser.major // "120" */
export function userAgentFromString(input: string | undefined): UserAgent {
  const ua = input ?? "";
  const browser: UserAgent["browser"] = first(ua, BROWSERS) ?? {};
  return {
    isBot: BOT.test(ua),
    ua,
    browser: { ...browser, major: browser.version?.split(".")[0] },
    device: first(ua, DEVICES) ?? {},
    engine: first(ua, ENGINES) ?? {},
    os: first(ua, SYSTEMS) ?? {},
    cpu: { architecture: first(ua, CPUS) },
  };
}

/**
 * @example
 * export function GET(request: NextRequest) {
 *   const { device } = userAgent(request);
 *   return new Response(device.type === "mobile" ? "mobile" : "desktop");
 * }
 */
export function userAgent({ headers }: { headers: Headers }): UserAgent {
  return userAgentFromString(headers.get("user-agent") ?? undefined);
}
