// Generates `virtual:vinext/server-config`: per-build values the rsc handler
// needs (build id, draft-mode secret, Server Action limits, next.config routing
// rules and request-pipeline options). Server-only: never imported by client code.
import type { RoutingRules } from "../../runtime/routing/config-rules";
import type { PipelineOptions } from "../next-config-options";
import type { ServerActionsConfig } from "../server-actions-config";

export const SERVER_CONFIG_ID = "virtual:vinext/server-config";

export interface ServerConfig {
  buildId: string;
  draftModeSecret: string;
  /** next.config `experimental.serverActions`, validated. */
  serverActions: ServerActionsConfig;
  /** next.config redirects / rewrites / headers (runtime/server/pipeline.ts applies them). */
  routing: RoutingRules;
  /**
   * ISR: on in production builds; `buildTime` dates the pre-rendered pages; `expireTime` is next.config's
   * (seconds); `seeds` keeps pre-rendered pages for the store instead of as plain files (off for `output: "export"`).
   */
  isr: { enabled: boolean; buildTime: number; expireTime: number; seeds: boolean };
  pipeline: PipelineOptions & {
    /** Believe X-Forwarded-Host/-Proto (vinext({ trustProxy }) or VINEXT_TRUST_PROXY=1 at build time). */
    trustProxy: boolean;
  };
}

export function serverConfigModule(config: ServerConfig): string {
  return `export const serverConfig = ${JSON.stringify(config)};`;
}
