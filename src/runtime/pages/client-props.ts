// getInitialProps on client transitions: `_app`'s when it defines one (it runs
// the page's through next/app's default), else the page's own.
import App, { type AppContext } from "../../shims/app";
import type { NextPageContext } from "../../shims/page-context";
import type { AnyComponent } from "./client-router";
import type { NextRouter } from "./router-types";

type WithGip<C> = AnyComponent & { getInitialProps?: (ctx: C) => unknown };

export async function runClientInitialProps(AppComponent: AnyComponent, Component: AnyComponent, router: NextRouter): Promise<Record<string, unknown>> {
  const AppTree = () => null;
  const ctx: NextPageContext = { pathname: router.pathname, query: router.query, asPath: router.asPath, AppTree, locale: router.locale, locales: router.locales, defaultLocale: router.defaultLocale };
  const app = AppComponent as WithGip<AppContext>;
  if (typeof app.getInitialProps === "function" && app.getInitialProps !== (App as unknown as WithGip<AppContext>).getInitialProps) {
    const props = ((await app.getInitialProps({ Component, AppTree, ctx, router } as AppContext)) ?? {}) as Record<string, unknown>;
    return { ...props, pageProps: props.pageProps ?? {} };
  }
  const page = Component as WithGip<NextPageContext>;
  return { pageProps: typeof page.getInitialProps === "function" ? ((await page.getInitialProps(ctx)) ?? {}) : {} };
}
