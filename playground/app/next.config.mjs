/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  experimental: {
    // Exercised by test/presets/suites/actions.ts.
    serverActions: { allowedOrigins: ["trusted.example.com", "*.proxy.example"], bodySizeLimit: "2mb" },
  },
  // Exercised by test/presets/suites/images.ts: the private addresses are allowed by pattern
  // so that only the private-address rule refuses them.
  images: {
    qualities: [50, 75],
    formats: ["image/avif", "image/webp"],
    remotePatterns: [
      { protocol: "https", hostname: "images.example.com" },
      { protocol: "http", hostname: "127.0.0.1" },
      { protocol: "http", hostname: "10.0.0.1" },
      { protocol: "http", hostname: "169.254.169.254" },
      { protocol: "http", hostname: "[::1]" },
    ],
  },
};

export default nextConfig;
