// `__NEXT_DATA__`: what the server hands the browser for hydration, embedded as
// `<script id="__NEXT_DATA__" type="application/json">` (Next: test/integration/getserversideprops,
// "should have gssp in __NEXT_DATA__").
import type { Query } from "./query";

export interface NextData {
  props: { pageProps: Record<string, unknown>; [key: string]: unknown };
  /** The page name rendered ("/blog/[slug]", "/404", "/_error"). */
  page: string;
  query: Query;
  buildId: string;
  isFallback?: boolean;
  gssp?: boolean;
  gsp?: boolean;
  gip?: boolean;
  appGip?: boolean;
  autoExport?: boolean;
  /** Preview mode: the browser router reports router.isPreview. */
  isPreview?: boolean;
  locale?: string;
  locales?: string[];
  defaultLocale?: string;
  /** Only the status and a generic message (production responses never carry messages). */
  err?: { name: string; message: string; statusCode: number };
}

/** JSON safe to place inside a <script> element. */
export function serializeNextData(data: NextData): string {
  return JSON.stringify(data).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

export const NEXT_DATA_ID = "__NEXT_DATA__";
