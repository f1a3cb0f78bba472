// Builds the server component tree of an App Router route, segment by segment,
// as Next nests it (docs: "Component hierarchy" in file conventions):
//   <Layout> <Template key> <ErrorBoundary error.tsx> <Suspense loading.tsx>
//     <HttpFallbackBoundary not-found/forbidden/unauthorized> {child segment or page}
// Layouts and the page run inside GuardedSlot so notFound()/errors thrown before
// streaming become the segment's UI with the right status on the first response.
import { Suspense, type ComponentType, type ReactNode } from "react";
import { RedirectBoundary, HttpFallbackBoundary, SegmentErrorBoundary, ServerErrorFallback, type ErrorComponent } from "../client/boundaries";
import type { HttpFallbackStatus } from "../control-flow";
import type { AppRoute, ModuleLoader, SegmentFileName, SegmentFiles } from "../routing/app-manifest";
import type { Params } from "../routing/match";
import { DefaultFallback } from "./default-fallbacks";
import { GuardedSlot, type SlotHandlers } from "./guarded-slot";
import { renderRouteMetadata } from "./metadata";
import type { RenderState } from "./render-state";
import { getRequestStore } from "../server/request-store";
import { loadSegment, type LoadedSegment } from "./segment-modules";

const FALLBACK_FILE: Record<HttpFallbackStatus, SegmentFileName> = { 404: "not-found", 403: "forbidden", 401: "unauthorized" };

export interface TreeInput {
  route: AppRoute;
  params: Params;
  searchParams: URLSearchParams;
  modules: Record<string, ModuleLoader>;
  state: RenderState;
}

/** `searchParams` as Next gives them: repeated keys become arrays. */
export function searchParamsObject(search: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of search) {
    if (key === "_rsc") continue;
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

/**
 * A promise that marks the route dynamic when read. A subclass, because `await`
 * on a plain Promise skips an overridden `then`; on a subclass it calls it.
 */
class DynamicReadPromise<T> extends Promise<T> {
  override then<A = T, B = never>(onFulfilled?: ((value: T) => A | PromiseLike<A>) | null, onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<A | B> {
    getRequestStore("searchParams").dynamicUsed = true;
    return super.then(onFulfilled, onRejected);
  }
  // Derived promises (from then/catch) are plain: reading them is not a new read.
  static override get [Symbol.species]() {
    return Promise;
  }
}

/** searchParams are per-request data: reading them makes the route dynamic (not pre-rendered). */
function markDynamicOnRead<T>(value: T): Promise<T> {
  return new DynamicReadPromise<T>((resolve) => resolve(value));
}

/** The fallback UI for `status` nearest to segment `from` (walking up), or the built-in one. */
function fallbackUi(segments: LoadedSegment[], from: number, status: HttpFallbackStatus): ReactNode {
  for (let i = from; i >= 0; i--) {
    const Fallback = segments[i]![FALLBACK_FILE[status]];
    if (Fallback) return <Fallback />;
  }
  return <DefaultFallback status={status} />;
}

function handlersFor(segments: LoadedSegment[], from: number): SlotHandlers {
  return {
    fallback: async (status) => (from >= 0 ? fallbackUi(segments, from, status) : undefined),
    error: async (digest, message) => {
      for (let i = from; i >= 0; i--) {
        const ErrorUi = segments[i]!.error as ErrorComponent | undefined;
        if (ErrorUi) return <ServerErrorFallback errorComponent={ErrorUi} digest={digest} message={message} />;
      }
      return undefined;
    },
  };
}

/** The key of the child below segment `index`: its folder with params filled in (templates remount when it changes). */
function childKey(route: AppRoute, index: number, params: Params): string {
  const child = route.chain[index + 1];
  if (!child) return "__page__";
  const folder = child.dir.split("/").at(-1) ?? "";
  return folder.replace(/^\[{1,2}(?:\.\.\.)?([^\]]+)\]{1,2}$/, (_m, name: string) => JSON.stringify(params[name] ?? ""));
}

function wrapBoundaries(segment: LoadedSegment, index: number, route: AppRoute, params: Params, inner: ReactNode): ReactNode {
  let node = inner;
  const fallbacks: Partial<Record<HttpFallbackStatus, ReactNode>> = {};
  for (const status of [404, 403, 401] as const) {
    const Fallback = segment[FALLBACK_FILE[status]];
    if (Fallback) fallbacks[status] = <Fallback />;
    else if (index === 0) fallbacks[status] = <DefaultFallback status={status} />;
  }
  if (Object.keys(fallbacks).length > 0) node = <HttpFallbackBoundary fallbacks={fallbacks}>{node}</HttpFallbackBoundary>;
  const Loading = segment.loading;
  if (Loading) node = <Suspense fallback={<Loading />}>{node}</Suspense>;
  const ErrorUi = segment.error as ErrorComponent | undefined;
  if (ErrorUi) node = <SegmentErrorBoundary errorComponent={ErrorUi}>{node}</SegmentErrorBoundary>;
  const Template = segment.template as ComponentType<{ children?: ReactNode }> | undefined;
  if (Template) node = <Template key={childKey(route, index, params)}>{node}</Template>;
  return node;
}

function wrapLayouts(segments: LoadedSegment[], route: AppRoute, params: Params, page: ReactNode, state: RenderState): ReactNode {
  const paramsPromise = Promise.resolve(params);
  let node = page;
  for (let i = segments.length - 1; i >= 0; i--) {
    const segment = segments[i]!;
    node = wrapBoundaries(segment, i, route, params, node);
    const Layout = segment.layout as ((props: { children: ReactNode; params: Promise<Params> }) => ReactNode) | undefined;
    if (Layout) {
      const children = node;
      node = (
        <GuardedSlot
          key={`layout:${segment.dir}`}
          render={() => Layout({ children, params: paramsPromise })}
          handlers={handlersFor(segments, i - 1)}
          state={state}
          label={route.chain[i]!.files.layout!}
        />
      );
    }
  }
  const GlobalError = segments[0]?.["global-error"] as ErrorComponent | undefined;
  if (GlobalError) node = <SegmentErrorBoundary errorComponent={GlobalError}>{node}</SegmentErrorBoundary>;
  return <RedirectBoundary>{node}</RedirectBoundary>;
}

export async function buildPageTree({ route, params, searchParams, modules, state }: TreeInput): Promise<ReactNode> {
  const segments = await Promise.all(route.chain.map((segment) => loadSegment(segment, modules)));
  const leaf = segments.length - 1;
  const Page = segments[leaf]!.page as (props: object) => ReactNode;
  const pageProps = { params: Promise.resolve(params), searchParams: markDynamicOnRead(searchParamsObject(searchParams)) };
  const metadata = await renderRouteMetadata({ route, params, searchParams, modules });
  const page = (
    // Keyed by the concrete URL so /blog/a → /blog/b remounts the page, as Next does.
    <GuardedSlot
      key={`page:${JSON.stringify(params)}`}
      render={() => {
        const output = Page(pageProps);
        return output instanceof Promise ? output.then((resolved) => [metadata, resolved]) : [metadata, output];
      }}
      handlers={handlersFor(segments, leaf)}
      state={state}
      label={route.chain[leaf]!.files.page!}
    />
  );
  return wrapLayouts(segments, route, params, page, state);
}

/** The root fallback UI (app/not-found etc. or the built-in one) inside the root layout. */
export async function buildFallbackTree(
  root: SegmentFiles,
  modules: Record<string, ModuleLoader>,
  status: HttpFallbackStatus,
  state: RenderState,
): Promise<ReactNode> {
  state.status = status;
  const segment = await loadSegment(root, modules, ["page"]);
  const inner = fallbackUi([segment], 0, status);
  if (!segment.layout) {
    return (
      <html lang="en">
        <body>{inner}</body>
      </html>
    );
  }
  const route: AppRoute = { pattern: "/_not-found", segments: [], kind: "page", chain: [root] };
  return wrapLayouts([segment], route, {}, inner, state);
}
