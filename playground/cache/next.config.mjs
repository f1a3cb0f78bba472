// ISR and data-cache fixture (test/presets/cache-suite.ts). Where its cache lives
// is chosen per test build through vite.config.ts.
/** @type {import('next').NextConfig} */
export default {
  // 'use cache' without the rest of Cache Components (Next's experimental.useCache).
  experimental: { useCache: true },
  cacheLife: {
    brief: { stale: 5, revalidate: 2, expire: 60 },
  },
};
