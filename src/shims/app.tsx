// next/app: the default `_app` (renders the page with its props) and its
// getInitialProps, which custom apps call to run the page's own getInitialProps.
// https://nextjs.org/docs/pages/building-your-application/routing/custom-app
import { Component, type ComponentType, type ReactNode } from "react";
import type { NextRouter } from "../runtime/pages/router-types";
import type { NextPageContext } from "./page-context";

export type { NextPageContext };

export interface AppContext {
  Component: ComponentType<Record<string, unknown>> & { getInitialProps?: (ctx: NextPageContext) => unknown };
  AppTree: ComponentType<Record<string, unknown>>;
  ctx: NextPageContext;
  router: NextRouter;
}

export interface AppInitialProps<P = Record<string, unknown>> {
  pageProps: P;
}

export type AppProps<P = Record<string, unknown>> = AppInitialProps<P> & {
  Component: ComponentType<P>;
  router: NextRouter;
};

/** Runs a page's getInitialProps (if any) and checks that it returned an object. */
export async function loadGetInitialProps(Page: AppContext["Component"], ctx: NextPageContext): Promise<Record<string, unknown>> {
  if (!Page.getInitialProps) return {};
  const props = await Page.getInitialProps(ctx);
  if (!props || typeof props !== "object") {
    throw new Error(`[vinext] "${Page.displayName || Page.name || "Page"}.getInitialProps()" should resolve to an object. But found "${props}" instead.`);
  }
  return props as Record<string, unknown>;
}

export default class App<P = Record<string, unknown>> extends Component<AppProps<P> & Record<string, unknown>> {
  static async getInitialProps({ Component: Page, ctx }: AppContext): Promise<AppInitialProps> {
    return { pageProps: await loadGetInitialProps(Page, ctx) };
  }

  render(): ReactNode {
    const { Component: Page, pageProps } = this.props;
    return <Page {...(pageProps as P & Record<string, unknown>)} />;
  }
}
