// next.config `serverExternalPackages` and `transpilePackages` as Vite/Nitro
// settings for the server environments (rsc, ssr): external packages stay
// `import`s loaded from node_modules at run time (Nitro traces them into the
// output), transpiled ones are bundled and compiled with the app.
// https://nextjs.org/docs/app/api-reference/config/next-config-js/serverExternalPackages
// https://nextjs.org/docs/app/api-reference/config/next-config-js/transpilePackages
import type { Plugin, UserConfig } from "vite";
import { RSC_ENV, SSR_ENV } from "./environments";
import type { PackageOptions } from "./next-config-options";
import type { ResolvedOptions } from "./options";

/** The config fragment for the package lists (undefined when both are empty). */
export function packagesConfig(packages: PackageOptions): UserConfig | undefined {
  const { serverExternalPackages: external, transpilePackages: noExternal } = packages;
  if (external.length === 0 && noExternal.length === 0) return undefined;
  const resolve = { ...(external.length ? { external } : {}), ...(noExternal.length ? { noExternal } : {}) };
  return {
    environments: { [RSC_ENV]: { resolve }, [SSR_ENV]: { resolve } },
    ...(external.length ? { nitro: { traceDeps: external } } : {}),
  } as UserConfig;
}

export function packagesPlugin(getOptions: () => ResolvedOptions): Plugin {
  return { name: "vinext:packages", config: () => packagesConfig(getOptions().packages) };
}
