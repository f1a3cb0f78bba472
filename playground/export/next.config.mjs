// A static export: `vinext build` writes the whole site to out/ (test/cli/static-export.test.ts).
/** @type {import('next').NextConfig} */
const nextConfig = {
  output: "export",
  // next/image's default loader resizes per request on a server; an export serves the files as they are.
  images: { unoptimized: true },
};

export default nextConfig;
