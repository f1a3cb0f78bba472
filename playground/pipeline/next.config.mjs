// The request pipeline fixture (test/presets/pipeline-suite.ts): next.config
// headers, redirects and rewrites in every phase, after Next's
// test/integration/custom-routes and test/e2e/app-dir/rewrites-redirects.
/** @type {import('next').NextConfig} */
const nextConfig = {
  generateBuildId: async () => "pipeline-build-1",
  async headers() {
    return [
      { source: "/about", headers: [{ key: "x-about-header", value: "about" }] },
      { source: "/blog/:slug", headers: [{ key: "x-blog-slug", value: ":slug" }] },
      { source: "/:path*", has: [{ type: "query", key: "hdr", value: "(?<hdr>[a-z]+)" }], headers: [{ key: "x-has-query", value: ":hdr" }] },
      { source: "/robots.txt", headers: [{ key: "x-public-header", value: "public" }] },
      { source: "/echo", headers: [{ key: "x-config-header", value: "config" }, { key: "cache-control", value: "private, max-age=7" }] },
      // Matched against the page a /_next/data request is for (test/presets/pipeline/pages-data.ts).
      { source: "/data/:slug", headers: [{ key: "x-data-page", value: ":slug" }] },
    ];
  },
  async redirects() {
    return [
      { source: "/old-about", destination: "/about", permanent: true },
      { source: "/temp-about", destination: "/about", permanent: false },
      { source: "/status-301", destination: "/about", statusCode: 301 },
      { source: "/old-blog/:slug", destination: "/blog/:slug", permanent: true },
      { source: "/docs-old/:path*", destination: "/blog/:path*", permanent: false },
      { source: "/post/:id(\\d{1,})", destination: "/blog/post-:id", permanent: false },
      { source: "/has-header", has: [{ type: "header", key: "x-go", value: "(?<dest>about|static-target)" }], destination: "/:dest", permanent: false },
      { source: "/has-cookie", has: [{ type: "cookie", key: "role", value: "admin" }], destination: "/about?from=cookie", permanent: false },
      { source: "/has-host", has: [{ type: "host", value: "redirect\\.example" }], destination: "https://example.com/landing", permanent: false },
      { source: "/missing-query", missing: [{ type: "query", key: "keep" }], destination: "/about", permanent: false },
      { source: "/external", destination: "https://example.com/landing?x=1", permanent: false },
      // The middleware answers this path too: the config redirect must win (it runs first).
      { source: "/mw-redirect-beats", destination: "/about?by=config", permanent: false },
      { source: "/data/config-old", destination: "/data/config-new?by=config", permanent: false },
    ];
  },
  async rewrites() {
    return {
      beforeFiles: [
        { source: "/before-about", destination: "/about" },
        // beforeFiles can override a page (it runs before the filesystem).
        { source: "/about", has: [{ type: "query", key: "override" }], destination: "/static-target?by=beforeFiles-override" },
        // Reached only through the middleware's rewrite of /mw-start: middleware runs first.
        { source: "/mw-rewritten", destination: "/static-target?by=beforeFiles-after-middleware" },
        { source: "/shadow-robots.txt", destination: "/robots.txt" },
        // A page's data request rewritten before the filesystem (test/presets/pipeline/pages-data.ts).
        { source: "/data/config-before", destination: "/data-target" },
      ],
      afterFiles: [
        // Never applies: /about is a page, and the filesystem comes before afterFiles.
        { source: "/about", destination: "/static-target?by=afterFiles" },
        { source: "/after/:slug", destination: "/blog/:slug" },
        // afterFiles comes before dynamic routes: /dynamic/[id] does not get this URL.
        { source: "/dynamic/shadowed", destination: "/static-target?by=afterFiles-over-dynamic" },
        { source: "/search-rewrite/:term", destination: "/echo?q=:term" },
        // No page at /data-alias: afterFiles serves /data-target's page (and data) there.
        { source: "/data-alias", destination: "/data-target" },
        {
          source: "/proxy/:path*",
          has: [{ type: "header", key: "x-upstream", value: "(?<upstream>127\\.0\\.0\\.1:\\d+)" }],
          destination: "http://:upstream/:path*",
        },
      ],
      fallback: [
        // Never applies: the dynamic route /dynamic/[id] matches first.
        { source: "/dynamic/:id", destination: "/static-target?by=fallback" },
        { source: "/legacy/:path*", destination: "/fallback-target" },
      ],
    };
  },
};

export default nextConfig;
