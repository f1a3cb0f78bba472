/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Pages Router i18n (test/presets/pages/i18n.ts): "en" unprefixed, "fr" and "nl-NL" prefixed,
  // and a domain whose default locale is "nl-NL".
  i18n: {
    locales: ["en", "fr", "nl-NL"],
    defaultLocale: "en",
    domains: [{ domain: "nl.example.test", defaultLocale: "nl-NL", http: true }],
  },
  // Rules under i18n (test/presets/pages/i18n.ts; Next: test/integration/custom-routes-i18n):
  // a source matches with or without the locale prefix and an internal destination keeps
  // the request's locale; a `locale: false` rule matches the path with its locale as sent.
  async redirects() {
    return [
      { source: "/i18n-redirect", destination: "/about", permanent: false },
      { source: "/nl-NL/i18n-only-nl", destination: "/about", permanent: false, locale: false },
    ];
  },
  async rewrites() {
    return [
      { source: "/i18n-rewrite", destination: "/intl" },
      { source: "/fr/i18n-explicit", destination: "/nl-NL/intl", locale: false },
      { source: "/en/i18n-default", destination: "/fr/intl", locale: false },
    ];
  },
  async headers() {
    return [{ source: "/about", headers: [{ key: "x-i18n-about", value: "any-locale" }] }];
  },
};

export default nextConfig;
