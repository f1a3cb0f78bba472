// A static export: `vinext build` writes the whole site to out/ (test/cli/static-export.test.ts).
/** @type {import('next').NextConfig} */
const nextConfig = {
  output: "export",
};

export default nextConfig;
