// next/dynamic in Server Components (react-server condition). The loader runs on
// the server while rendering; a Client Component it resolves to becomes a client
// reference, so the browser still fetches its code as a separate chunk.
// `ssr: false` is refused, as Next refuses it at build time.
// Mirrors Next: test/e2e/app-dir/dynamic ("should support `dynamic` in both server and client components").
import { createElement, Suspense, type ComponentType, type ReactNode } from "react";
import { pickComponent, resolveDynamicArgs, SSR_FALSE_IN_SERVER_COMPONENT, type DynamicLoadingProps, type DynamicOptions, type Loader } from "./dynamic-shared";

export type { DynamicOptions, DynamicLoadingProps };
export type LoadingComponentProps = DynamicLoadingProps;

export default function dynamic<P extends object = object>(
  loaderOrOptions: Loader | Promise<unknown> | DynamicOptions,
  options?: DynamicOptions,
): ComponentType<P> {
  const { load, loading, ssr } = resolveDynamicArgs(loaderOrOptions, options);
  if (!ssr) throw new Error(SSR_FALSE_IN_SERVER_COMPONENT);

  // An async Server Component: awaiting the loader suspends up to the nearest
  // boundary (ours when `loading` is given), then renders what it resolved to.
  async function DynamicServer(props: P): Promise<ReactNode> {
    const Component = pickComponent(await load()) as ComponentType<P>;
    return createElement(Component, props);
  }

  function DynamicComponent(props: P): ReactNode {
    const content = createElement(DynamicServer as unknown as ComponentType<P>, props);
    if (!loading) return content;
    const fallback = createElement(loading as ComponentType<DynamicLoadingProps>, { error: null, isLoading: true, pastDelay: true, timedOut: false });
    return <Suspense fallback={fallback}>{content}</Suspense>;
  }
  DynamicComponent.displayName = "LoadableComponent";
  return DynamicComponent;
}
