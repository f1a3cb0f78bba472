// Loads .env files in Next's order and decides what is inlined where.
// Precedence (highest first): process.env, .env.$(NODE_ENV).local, .env.local
// (skipped when NODE_ENV=test), .env.$(NODE_ENV), .env.
// https://nextjs.org/docs/app/guides/environment-variables (test/integration/env-config)
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseEnv } from "node:util";

export type EnvMode = "development" | "production" | "test";

export function envFiles(mode: EnvMode): string[] {
  return [`.env.${mode}.local`, ...(mode === "test" ? [] : [".env.local"]), `.env.${mode}`, ".env"];
}

/** Expands `$VAR` and `${VAR}` against already-known values; `\$` stays literal. */
function expand(value: string, lookup: (name: string) => string | undefined): string {
  return value.replace(/\\\$|\$\{([A-Za-z_]\w*)\}|\$([A-Za-z_]\w*)/g, (match, braced, bare) => {
    if (match === "\\$") return "$";
    return lookup(braced ?? bare) ?? "";
  });
}

/** Variables from the .env files only (process.env not included), highest precedence winning. */
export function readEnvFiles(root: string, mode: EnvMode): Record<string, string> {
  const merged: Record<string, string> = {};
  for (const name of envFiles(mode).reverse()) {
    const file = join(root, name);
    if (!existsSync(file)) continue;
    Object.assign(merged, parseEnv(readFileSync(file, "utf8")));
  }
  // Expansion is recursive (A=$B, B=$C), as dotenv-expand does for Next; a
  // reference cycle expands to "" instead of looping.
  const out: Record<string, string> = {};
  const resolving = new Set<string>();
  const resolve = (name: string): string | undefined => {
    if (process.env[name] !== undefined) return process.env[name];
    if (out[name] !== undefined) return out[name];
    if (merged[name] === undefined || resolving.has(name)) return undefined;
    resolving.add(name);
    out[name] = expand(merged[name], resolve);
    resolving.delete(name);
    return out[name];
  };
  for (const key of Object.keys(merged)) {
    resolving.add(key);
    out[key] = expand(merged[key]!, resolve);
    resolving.delete(key);
  }
  return out;
}

/** Copies file variables into process.env without overriding what the shell set. */
export function applyEnv(vars: Record<string, string>): void {
  for (const [key, value] of Object.entries(vars)) {
    if (process.env[key] === undefined) process.env[key] = value;
  }
}

/**
 * `define` entries inlining NEXT_PUBLIC_* (and next.config `env`) values. Other
 * variables are never inlined, so they cannot reach a client bundle.
 */
export function publicEnvDefines(fileVars: Record<string, string>, configEnv: Record<string, string> = {}): Record<string, string> {
  const defines: Record<string, string> = {};
  const all = { ...fileVars, ...process.env };
  for (const [key, value] of Object.entries(all)) {
    if (key.startsWith("NEXT_PUBLIC_") && value !== undefined) defines[`process.env.${key}`] = JSON.stringify(value);
  }
  for (const [key, value] of Object.entries(configEnv)) defines[`process.env.${key}`] = JSON.stringify(String(value));
  return defines;
}
