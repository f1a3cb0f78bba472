// The context getInitialProps receives (pages, _app through AppContext.ctx, _error).
// https://nextjs.org/docs/pages/api-reference/functions/get-initial-props
import type { ComponentType } from "react";
import type { PagesRequest } from "../runtime/pages/node-request";
import type { PagesResponse } from "../runtime/pages/node-response";
import type { Query } from "../runtime/pages/query";

export interface NextPageContext {
  pathname: string;
  query: Query;
  asPath?: string;
  /** Server only. */
  req?: PagesRequest;
  /** Server only. */
  res?: PagesResponse;
  err?: (Error & { statusCode?: number }) | null;
  AppTree: ComponentType<Record<string, unknown>>;
  locale?: string;
  locales?: string[];
  defaultLocale?: string;
}
