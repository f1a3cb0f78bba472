// Reads next.config `experimental.serverActions` (allowedOrigins, bodySizeLimit)
// into the values the request handler enforces. Invalid values fail the build,
// as `next build` does (test/e2e/app-dir/actions/app-action-size-limit-invalid.test.ts).
// https://nextjs.org/docs/app/api-reference/config/next-config-js/serverActions
import type { NextConfig } from "./next-config";

export interface ServerActionsConfig {
  /** Extra hosts (with `*` / `**` wildcards) allowed in the Origin of an action request. */
  allowedOrigins: string[];
  /** Largest accepted request body, in bytes. */
  bodySizeLimit: number;
}

/** Next's default: 1 MB. */
export const DEFAULT_BODY_SIZE_LIMIT = 1024 * 1024;

const UNITS: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3, tb: 1024 ** 4, pb: 1024 ** 5 };

/**
 * Bytes from a number or a size string in the `bytes` package format Next accepts.
 * @example parseSizeLimit("2mb") // 2097152
 * @example parseSizeLimit("500kb") // 512000
 * @example parseSizeLimit("testmb") // undefined
 */
export function parseSizeLimit(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) && value >= 1 ? Math.floor(value) : undefined;
  if (typeof value !== "string") return undefined;
  const match = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(b|kb|mb|gb|tb|pb)?\s*$/i.exec(value);
  if (!match) return undefined;
  const bytes = Math.floor(Number(match[1]) * UNITS[(match[2] ?? "b").toLowerCase()]!);
  return bytes >= 1 ? bytes : undefined;
}

const KNOWN_KEYS = new Set(["allowedOrigins", "bodySizeLimit"]);
const warned = new Set<string>();

function warnOnce(key: string, warn: (message: string) => void): void {
  if (warned.has(key)) return;
  warned.add(key);
  warn(`[vinext] next.config: "${key}" is not supported by vinext yet and is ignored.`);
}

/** Validates `experimental.serverActions`; warns once about other `experimental` keys. */
export function resolveServerActionsConfig(
  config: NextConfig,
  file = "next.config",
  warn: (message: string) => void = console.warn,
): ServerActionsConfig {
  const experimental = config.experimental ?? {};
  if (typeof experimental !== "object" || Array.isArray(experimental)) {
    throw new Error(`[vinext] ${file}: "experimental" must be an object.`);
  }
  // `useCache` is read by vite/use-cache-plugin.ts.
  for (const key of Object.keys(experimental)) if (key !== "serverActions" && key !== "useCache") warnOnce(`experimental.${key}`, warn);
  const raw = (experimental as Record<string, unknown>).serverActions ?? {};
  if (raw === true) return { allowedOrigins: [], bodySizeLimit: DEFAULT_BODY_SIZE_LIMIT }; // Next 13's feature flag
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new Error(`[vinext] ${file}: "experimental.serverActions" must be an object such as { bodySizeLimit: "2mb" }.`);
  }
  const options = raw as Record<string, unknown>;
  for (const key of Object.keys(options)) if (!KNOWN_KEYS.has(key)) warnOnce(`experimental.serverActions.${key}`, warn);
  const origins = options.allowedOrigins ?? [];
  if (!Array.isArray(origins) || !origins.every((entry) => typeof entry === "string")) {
    throw new Error(`[vinext] ${file}: "experimental.serverActions.allowedOrigins" must be an array of hosts such as ["my-proxy.com", "*.my-proxy.com"].`);
  }
  const bodySizeLimit = options.bodySizeLimit === undefined ? DEFAULT_BODY_SIZE_LIMIT : parseSizeLimit(options.bodySizeLimit);
  if (bodySizeLimit === undefined) {
    throw new Error(
      `[vinext] ${file}: "experimental.serverActions.bodySizeLimit" must be a positive number of bytes or a size such as "2mb" (got ${JSON.stringify(options.bodySizeLimit)}).`,
    );
  }
  return { allowedOrigins: origins.map((origin) => origin.trim().toLowerCase()).filter(Boolean), bodySizeLimit };
}
