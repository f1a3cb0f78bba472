/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  experimental: {
    // Exercised by test/presets/suites/actions.ts.
    serverActions: { allowedOrigins: ["trusted.example.com", "*.proxy.example"], bodySizeLimit: "2mb" },
  },
};

export default nextConfig;
