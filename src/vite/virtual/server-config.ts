// Generates `virtual:vinext/server-config`: per-build values the rsc handler
// needs (build id, draft-mode secret, Server Action limits). Server-only: never
// imported by client code.
import type { ServerActionsConfig } from "../server-actions-config";

export const SERVER_CONFIG_ID = "virtual:vinext/server-config";

export interface ServerConfig {
  buildId: string;
  draftModeSecret: string;
  /** next.config `experimental.serverActions`, validated. */
  serverActions: ServerActionsConfig;
}

export function serverConfigModule(config: ServerConfig): string {
  return `export const serverConfig = ${JSON.stringify(config)};`;
}
