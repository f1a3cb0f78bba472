// Metadata API: resolves `metadata` / `generateMetadata` (and viewport) along a
// route's segment chain and renders the <head> elements. React 19 hoists
// <title>, <meta> and <link> into <head> wherever they are rendered.
// Until the Metadata work lands this renders nothing.
import type { ReactNode } from "react";
import type { AppRoute, ModuleLoader } from "../routing/app-manifest";
import type { Params } from "../routing/match";

export interface MetadataInput {
  route: AppRoute;
  params: Params;
  searchParams: URLSearchParams;
  modules: Record<string, ModuleLoader>;
}

export async function renderRouteMetadata(_input: MetadataInput): Promise<ReactNode> {
  return null;
}
