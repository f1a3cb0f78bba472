// The environment-neutral half of next/dynamic: argument normalisation and
// picking the component out of what a loader resolved to. No React, no DOM, so
// the client (dynamic.tsx), react-server (dynamic.react-server.tsx) and unit tests share it.
// https://nextjs.org/docs/app/guides/lazy-loading

/** What Next passes to a `loading` component. */
export interface DynamicLoadingProps {
  error?: Error | null;
  isLoading?: boolean;
  pastDelay?: boolean;
  retry?: () => void;
  timedOut?: boolean;
}

export type Loader = () => unknown;

export interface DynamicOptions {
  /** Shown while the module loads (and, with `ssr: false`, on the server). */
  loading?: (props: DynamicLoadingProps) => unknown;
  /** `false`: render only in the browser (not allowed in Server Components). */
  ssr?: boolean;
  loader?: Loader | Promise<unknown>;
  /** Written by Next's compiler; accepted and ignored. */
  loadableGenerated?: unknown;
  modules?: unknown;
  webpack?: unknown;
}

export interface ResolvedDynamic {
  load: () => Promise<unknown>;
  loading?: (props: DynamicLoadingProps) => unknown;
  ssr: boolean;
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return !!value && typeof (value as { then?: unknown }).then === "function";
}

/**
 * Normalises the three call shapes Next accepts: `dynamic(loader, options)`,
 * `dynamic(options-with-loader)` and the legacy `dynamic(import("./x"))`.
 *
 * @example resolveDynamicArgs(() => import("./chart"), { ssr: false }).ssr // false
 */
export function resolveDynamicArgs(
  first: Loader | Promise<unknown> | DynamicOptions,
  options: DynamicOptions = {},
): ResolvedDynamic {
  let merged: DynamicOptions = options;
  let loader: DynamicOptions["loader"];
  if (typeof first === "function" || isPromiseLike(first)) loader = first as DynamicOptions["loader"];
  else {
    merged = { ...first, ...options };
    loader = merged.loader;
  }
  if (!loader) {
    throw new Error("[vinext] next/dynamic needs a loader: dynamic(() => import(\"./component\"), options).");
  }
  const source = loader;
  const load = isPromiseLike(source) ? () => Promise.resolve(source) : () => Promise.resolve().then(() => (source as Loader)());
  return { load, loading: merged.loading, ssr: merged.ssr !== false };
}

/**
 * The component a loader resolved to: a module namespace's `default` export,
 * or the value itself (`.then((m) => m.Named)`). React components are functions
 * or objects tagged with `$$typeof` (memo, forwardRef, lazy, client references),
 * so only a plain object with a `default` key is treated as a module.
 */
export function pickComponent(resolved: unknown, from = "the loader"): unknown {
  let value = resolved;
  if (value && typeof value === "object" && !("$$typeof" in value) && "default" in value) {
    value = (value as { default: unknown }).default;
  }
  const ok = typeof value === "function" || (!!value && typeof value === "object" && "$$typeof" in value);
  if (!ok) {
    throw new Error(
      `[vinext] next/dynamic: ${from} resolved to ${value === null ? "null" : typeof value}, expected a component. ` +
        `Return the module (() => import("./x")) or a component (() => import("./x").then((m) => m.Named)).`,
    );
  }
  return value;
}

/** The error Next reports at build time for `ssr: false` in a Server Component; vinext reports it when called. */
export const SSR_FALSE_IN_SERVER_COMPONENT =
  "[vinext] `ssr: false` is not allowed with `next/dynamic` in Server Components. " +
  "Move the dynamic(() => import(...), { ssr: false }) call into a Client Component (a file starting with \"use client\") " +
  "and render that component from the Server Component.";
