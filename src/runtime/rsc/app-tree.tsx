// Builds the server component tree for a matched App Router route: the page
// wrapped by every layout from the route's folder up to the root layout.
// https://nextjs.org/docs/app/api-reference/file-conventions/layout
import type { ComponentType, ReactNode } from "react";
import type { AppRoute, ModuleLoader, SegmentFiles } from "../routing/app-manifest";
import type { Params } from "../routing/match";
import { DefaultNotFound } from "./default-not-found";

type LayoutProps = { children: ReactNode; params: Promise<Params> };
type PageProps = { params: Promise<Params>; searchParams: Promise<Record<string, string | string[]>> };

export interface TreeInput {
  route: AppRoute;
  params: Params;
  searchParams: URLSearchParams;
  modules: Record<string, ModuleLoader>;
}

async function loadDefault<P>(
  modules: Record<string, ModuleLoader>,
  file: string,
  what: string,
): Promise<ComponentType<P>> {
  const load = modules[file];
  if (!load) throw new Error(`[vinext] ${file}: module missing from the route manifest.`);
  const mod = await load();
  if (typeof mod.default !== "function") {
    throw new Error(`[vinext] ${file}: the ${what} must default-export a React component.`);
  }
  return mod.default as ComponentType<P>;
}

/** `searchParams` as Next gives them: repeated keys become arrays. */
export function searchParamsObject(search: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of search) {
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

async function wrapInLayouts(
  chain: readonly SegmentFiles[],
  inner: ReactNode,
  params: Promise<Params>,
  modules: Record<string, ModuleLoader>,
): Promise<ReactNode> {
  let node = inner;
  for (let i = chain.length - 1; i >= 0; i--) {
    const file = chain[i]!.files.layout;
    if (!file) continue;
    const Layout = await loadDefault<LayoutProps>(modules, file, "layout");
    node = (
      <Layout key={`layout:${chain[i]!.dir}`} params={params}>
        {node}
      </Layout>
    );
  }
  return node;
}

export async function buildPageTree({ route, params, searchParams, modules }: TreeInput): Promise<ReactNode> {
  const paramsPromise = Promise.resolve(params);
  const Page = await loadDefault<PageProps>(modules, route.chain.at(-1)!.files.page!, "page");
  // Keyed by the concrete URL so /blog/a → /blog/b remounts the page, as Next does.
  const page = (
    <Page key={`page:${JSON.stringify(params)}`} params={paramsPromise} searchParams={Promise.resolve(searchParamsObject(searchParams))} />
  );
  return wrapInLayouts(route.chain, page, paramsPromise, modules);
}

/** The root not-found UI (app/not-found or the built-in page) inside the root layout. */
export async function buildNotFoundTree(root: SegmentFiles, modules: Record<string, ModuleLoader>): Promise<ReactNode> {
  const file = root.files["not-found"];
  const NotFound = file ? await loadDefault<object>(modules, file, "not-found page") : DefaultNotFound;
  const inner = <NotFound key="not-found" />;
  if (!root.files.layout) {
    return (
      <html lang="en">
        <body>{inner}</body>
      </html>
    );
  }
  return wrapInLayouts([root], inner, Promise.resolve({}), modules);
}
