// Generates `virtual:vinext/server-config`: per-build values the rsc handler
// needs (build id, draft-mode secret). Server-only: never imported by client code.
export const SERVER_CONFIG_ID = "virtual:vinext/server-config";

export interface ServerConfig {
  buildId: string;
  draftModeSecret: string;
}

export function serverConfigModule(config: ServerConfig): string {
  return `export const serverConfig = ${JSON.stringify(config)};`;
}
