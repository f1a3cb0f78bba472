// Serves `virtual:vinext/server-config`. Values are fixed once per build (or per
// dev server): every server instance of one deploy shares them.
import { randomBytes } from "node:crypto";
import type { Plugin } from "vite";
import type { ConfigPluginApi } from "./plugin";
import { EMPTY_RULES } from "../runtime/routing/config-rules";
import { ONE_YEAR } from "../runtime/server/cache-control";
import { DEFAULT_BODY_SIZE_LIMIT, resolveServerActionsConfig } from "./server-actions-config";
import { SERVER_CONFIG_ID, serverConfigModule, type ServerConfig } from "./virtual/server-config";

function resolveExpireTime(value: unknown): number {
  if (value === undefined) return ONE_YEAR;
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
    throw new Error(`[vinext] next.config \`expireTime\` must be a positive number of seconds (got ${JSON.stringify(value)}).`);
  }
  return value;
}

const RESOLVED_ID = `\0${SERVER_CONFIG_ID}`;

export function serverConfigPlugin(): Plugin<{ config(): ServerConfig }> {
  const config: ServerConfig = {
    buildId: randomBytes(10).toString("base64url"),
    draftModeSecret: randomBytes(16).toString("hex"),
    serverActions: { allowedOrigins: [], bodySizeLimit: DEFAULT_BODY_SIZE_LIMIT },
    routing: EMPTY_RULES,
    isr: { enabled: false, buildTime: Date.now(), expireTime: ONE_YEAR, seeds: true },
    pipeline: { basePath: "", trailingSlash: false, skipTrailingSlashRedirect: false, skipMiddlewareUrlNormalize: false, poweredByHeader: false, trustProxy: false },
  };
  return {
    name: "vinext:server-config",
    api: { config: () => config },
    configResolved(resolved) {
      // next.config is loaded once by vinext:config; read it through that plugin's api.
      const vinext = resolved.plugins.find((plugin) => plugin.name === "vinext:config") as Plugin<ConfigPluginApi> | undefined;
      if (!vinext?.api) return;
      const options = vinext.api.options();
      config.serverActions = resolveServerActionsConfig(options.nextConfig, options.nextConfigFile);
      config.routing = options.routing;
      config.pipeline = { ...options.pipeline, trustProxy: options.trustProxy };
      if (options.buildId) config.buildId = options.buildId;
      config.isr = {
        enabled: resolved.command === "build",
        buildTime: Date.now(),
        expireTime: resolveExpireTime(options.nextConfig.expireTime),
        seeds: options.nextConfig.output !== "export",
      };
    },
    resolveId: {
      filter: { id: /^virtual:vinext\/server-config$/ },
      handler: () => RESOLVED_ID,
    },
    load: {
      filter: { id: /^\0virtual:vinext\/server-config$/ },
      handler: () => serverConfigModule(config),
    },
  };
}
