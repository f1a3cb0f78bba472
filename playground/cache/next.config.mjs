// ISR and data-cache fixture (test/presets/cache-suite.ts). Where its cache lives
// is chosen per test build through vite.config.ts.
/** @type {import('next').NextConfig} */
export default {};
