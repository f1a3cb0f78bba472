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
import { LayoutSegmentsProvider } from "../client/layout-segments";
import { segmentsBelow } from "./layout-segments";
import { renderNotFoundMetadata, renderRouteMetadata } from "./metadata";
import { searchParamsPromise } from "./search-params";
import { renderSlots, type RenderChain } from "./slots";
import type { TreeContext } from "./tree-context";
import type { RenderState } from "./render-state";
import { loadSegment, type LoadedSegment } from "./segment-modules";

const FALLBACK_FILE: Record<HttpFallbackStatus, SegmentFileName> = { 404: "not-found", 403: "forbidden", 401: "unauthorized" };


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

type LayoutComponent = (props: Record<string, unknown>) => ReactNode;

/** Wraps a chain's page (or fallback) in its segments' boundaries, slots and layouts. */
async function wrapChain(segments: LoadedSegment[], ctx: TreeContext, inner: ReactNode, top: boolean): Promise<ReactNode> {
  const { route, params, state } = ctx;
  const paramsPromise = Promise.resolve(params);
  let node = inner;
  for (let i = segments.length - 1; i >= 0; i--) {
    const segment = segments[i]!;
    node = wrapBoundaries(segment, i, route, params, node);
    const Layout = segment.layout as LayoutComponent | undefined;
    if (!Layout) continue;
    const children = node;
    const slots = await renderSlots(route.chain[i]!, ctx, renderChain);
    node = (
      <LayoutSegmentsProvider key={`layout:${segment.dir}`} value={{ children: segmentsBelow(route.chain, i, params), ...slots.segments }}>
        <GuardedSlot
          render={() => Layout({ ...slots.props, children, params: paramsPromise })}
          handlers={handlersFor(segments, i - 1)}
          state={state}
          label={route.chain[i]!.files.layout!}
        />
      </LayoutSegmentsProvider>
    );
  }
  if (!top) return node;
  const GlobalError = segments[0]?.["global-error"] as ErrorComponent | undefined;
  if (GlobalError) node = <SegmentErrorBoundary errorComponent={GlobalError}>{node}</SegmentErrorBoundary>;
  return <RedirectBoundary>{node}</RedirectBoundary>;
}

/** The page of a chain inside a GuardedSlot, with metadata for the main route. */
function pageElement(segments: LoadedSegment[], ctx: TreeContext, metadata: ReactNode): ReactNode {
  const leaf = segments.length - 1;
  const Page = segments[leaf]!.page as (props: object) => ReactNode;
  const pageProps = { params: Promise.resolve(ctx.params), searchParams: searchParamsPromise(ctx.searchParams) };
  return (
    // Keyed by the concrete URL so /blog/a → /blog/b remounts the page, as Next does.
    <GuardedSlot
      key={`page:${JSON.stringify(ctx.params)}`}
      render={() => {
        const output = Page(pageProps);
        return output instanceof Promise ? output.then((resolved) => [metadata, resolved]) : [metadata, output];
      }}
      handlers={handlersFor(segments, leaf)}
      state={ctx.state}
      label={ctx.route.chain[leaf]!.files.page!}
    />
  );
}

const renderChain: RenderChain = (segments, ctx, top) => wrapChain(segments, ctx, pageElement(segments, ctx, null), top);

export async function buildPageTree(ctx: TreeContext): Promise<ReactNode> {
  const segments = await Promise.all(ctx.route.chain.map((segment) => loadSegment(segment, ctx.modules)));
  const metadata = await renderRouteMetadata({ route: ctx.route, params: ctx.params, searchParams: ctx.searchParams, modules: ctx.modules });
  return wrapChain(segments, ctx, pageElement(segments, ctx, metadata), true);
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
  const ctx: TreeContext = { route, params: {}, searchParams: new URLSearchParams(), modules, state, parts: [], renderId: crypto.randomUUID(), hardLoad: false };
  return wrapChain([segment], ctx, [await renderNotFoundMetadata({ root, modules }), inner], true);
}
