// The one table of `next/*` specifiers vinext answers. A specifier maps to a shim
// file (relative to this folder, without extension), optionally with a variant
// for the react-server condition, or to an explanation of why it is unsupported.

export type ShimEntry =
  | { file: string; reactServer?: string }
  | { unsupported: string };

export const SHIMS: Record<string, ShimEntry> = {
  "next/link": { file: "link" },
  "next/navigation": { file: "navigation", reactServer: "navigation.react-server" },
  "next/headers": { file: "headers" },
  "next/cache": { file: "cache", reactServer: "cache.react-server" },
  "next/server": { file: "server" },
  "next/og": { file: "og" },
  "next/dynamic": { file: "dynamic", reactServer: "dynamic.react-server" },
  "next/script": { file: "script" },
  "next/form": { file: "form" },
  "next/error": { file: "error-page" },
  "next/router": { file: "router" },
  "next/compat/router": { file: "compat-router" },
  "next/head": { file: "head" },
  "next/document": { file: "document" },
  "next/app": { file: "app" },
  "next/image": { file: "image" },
  "next/legacy/image": { file: "legacy-image" },
  "next/font/google": { file: "font-google" },
  "next/font/local": { file: "font-local" },
};

/** Looks up a specifier, accepting the `.js` suffix Next also resolves (`next/link.js`). */
export function lookupShim(specifier: string): ShimEntry | undefined {
  return SHIMS[specifier] ?? SHIMS[specifier.replace(/\.js$/, "")];
}

/** The message for a `next/*` import vinext does not provide. */
export function unknownShimMessage(specifier: string, importer: string | undefined): string {
  return `[vinext] "${specifier}"${importer ? ` imported by ${importer}` : ""} is not supported by vinext yet. Supported next/* modules: ${Object.keys(SHIMS).filter((k) => "file" in SHIMS[k]!).join(", ")}.`;
}
