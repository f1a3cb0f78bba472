// What `virtual:vinext/server-config` provides in a build, for unit tests of
// runtime modules that read it (the unit project aliases the id here).
import type { ServerConfig } from "../../../src/vite/virtual/server-config";

export const serverConfig: ServerConfig = {
  buildId: "unit-build",
  draftModeSecret: "unit-draft-secret",
  serverActions: { allowedOrigins: [], bodySizeLimit: 1024 * 1024 },
  routing: { redirects: [], headers: [], rewrites: { beforeFiles: [], afterFiles: [], fallback: [] } },
  isr: { enabled: false, buildTime: 0, expireTime: 31536000, seeds: true },
  pipeline: { basePath: "", trailingSlash: false, skipTrailingSlashRedirect: false, skipMiddlewareUrlNormalize: false, poweredByHeader: false, trustProxy: false },
} as unknown as ServerConfig;
