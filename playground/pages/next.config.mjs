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
};

export default nextConfig;
