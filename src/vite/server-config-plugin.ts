// Serves `virtual:vinext/server-config`. Values are fixed once per build (or per
// dev server): every server instance of one deploy shares them.
import { randomBytes } from "node:crypto";
import type { Plugin } from "vite";
import { SERVER_CONFIG_ID, serverConfigModule, type ServerConfig } from "./virtual/server-config";

const RESOLVED_ID = `\0${SERVER_CONFIG_ID}`;

export function serverConfigPlugin(): Plugin<{ config(): ServerConfig }> {
  const config: ServerConfig = {
    buildId: randomBytes(10).toString("base64url"),
    draftModeSecret: randomBytes(16).toString("hex"),
  };
  return {
    name: "vinext:server-config",
    api: { config: () => config },
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
