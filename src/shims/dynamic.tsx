// next/dynamic for Client Components (ssr and browser environments): React.lazy
// behind a Suspense boundary whose fallback is `loading`. With `ssr: false` the
// server and the hydration pass render only the fallback; the browser then loads
// and renders the component. https://nextjs.org/docs/app/guides/lazy-loading
// Mirrors Next: test/e2e/app-dir/dynamic (ssr: false, named exports, loading).
import { createElement, lazy, Suspense, useSyncExternalStore, type ComponentType, type ReactNode } from "react";
import { pickComponent, resolveDynamicArgs, type DynamicLoadingProps, type DynamicOptions, type Loader } from "./dynamic-shared";

export type { DynamicOptions, DynamicLoadingProps };
export type LoadingComponentProps = DynamicLoadingProps;

const noSubscription = () => () => {};

/**
 * False on the server and during hydration (React uses the server snapshot
 * there), true on every later render and on client-side mounts. Rendering the
 * same fallback until then keeps hydration consistent with the server HTML.
 */
function useIsBrowser(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}

/**
 * Code-splits a component: `dynamic(() => import("./chart"), { loading, ssr })`.
 * Call it at module top level, as Next requires, so the lazy component is created once.
 */
export default function dynamic<P extends object = object>(
  loaderOrOptions: Loader | Promise<unknown> | DynamicOptions,
  options?: DynamicOptions,
): ComponentType<P> {
  const { load, loading, ssr } = resolveDynamicArgs(loaderOrOptions, options);
  const Lazy = lazy(async () => ({ default: pickComponent(await load()) as ComponentType<P> }));
  const fallback: ReactNode = loading
    ? createElement(loading as ComponentType<DynamicLoadingProps>, { error: null, isLoading: true, pastDelay: true, timedOut: false })
    : null;

  function DynamicComponent(props: P) {
    const browser = useIsBrowser();
    return <Suspense fallback={fallback}>{ssr || browser ? <Lazy {...props} /> : fallback}</Suspense>;
  }
  DynamicComponent.displayName = "LoadableComponent";
  return DynamicComponent;
}
