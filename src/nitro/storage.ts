// Where each host keeps ISR and data-cache entries: the unstorage mount `isr`
// (DESIGN.md §2 Storage). One table, preset → driver; the user's own
// `nitro.storage.isr` (vite.config) replaces the default. A driver whose library
// is missing fails the build with the package name (Nitro would otherwise try to
// install it, which must never happen in CI).
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

export interface StorageMount {
  driver: string;
  [option: string]: unknown;
}

/** The Workers KV binding vinext writes into the generated wrangler config. */
export const KV_BINDING = "VINEXT_ISR";

/** Libraries unstorage drivers load at runtime (optional peer dependencies of vinext). */
const DRIVER_PACKAGES: Record<string, string> = {
  redis: "ioredis",
  "netlify-blobs": "@netlify/blobs",
  "vercel-runtime-cache": "@vercel/functions",
};

/**
 * The default `isr` mount per preset. Hosts with a disk keep entries on it; hosts
 * without one use their platform store; presets with neither get memory (per
 * instance, lost on restart) and should mount their own (Redis, S3, ...).
 */
export function defaultIsrMount(preset: string, root: string): StorageMount {
  if (preset.startsWith("cloudflare")) return { driver: "cloudflare-kv-binding", binding: KV_BINDING };
  // Strong consistency: a revalidation (tag record, new entry) must be seen by the next request; the
  // default eventual mode lets Netlify's edge serve reads up to 60 s old.
  if (preset.startsWith("netlify")) return { driver: "netlify-blobs", name: "vinext-isr", consistency: "strong" };
  if (preset.startsWith("vercel")) return { driver: "vercel-runtime-cache" };
  if (preset.startsWith("node") || preset === "bun" || preset === "deno-server") {
    return { driver: "fs", base: resolve(root, ".vinext/isr") };
  }
  return { driver: "memory" };
}

/**
 * The package folder Node's resolution would find from `root` (node_modules of
 * `root` and its parents). Not `require.resolve("pkg/package.json")`: packages
 * such as @vercel/functions do not export their package.json.
 */
function packageDirFrom(root: string, pkg: string): string | undefined {
  for (let dir = resolve(root); ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", pkg);
    if (existsSync(join(candidate, "package.json"))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/** Throws a `[vinext]` error naming the package when the mount's driver library is not installed. */
export function assertDriverInstalled(mount: StorageMount, root: string, preset: string): void {
  const pkg = DRIVER_PACKAGES[mount.driver];
  if (!pkg) return;
  if (!packageDirFrom(root, pkg)) {
    throw new Error(
      `[vinext] The ${preset} build stores ISR data with the unstorage "${mount.driver}" driver, which needs the package "${pkg}". Install it: npm install ${pkg}`,
    );
  }
}

/** The KV namespace for the ISR binding, unless the app's own wrangler config declares it. */
export function wranglerKvNamespaces(root: string): { binding: string; id: string }[] {
  for (const name of ["wrangler.json", "wrangler.jsonc", "wrangler.toml"]) {
    const file = join(root, name);
    if (existsSync(file) && readFileSync(file, "utf8").includes(KV_BINDING)) return [];
  }
  // A placeholder id: `wrangler dev` / Miniflare run it locally; for a deploy, create a
  // namespace (`wrangler kv namespace create VINEXT_ISR`) and declare it in wrangler.json.
  return [{ binding: KV_BINDING, id: "vinext-isr" }];
}
