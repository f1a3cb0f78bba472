// The shape of the Pages Router manifest: produced at build time by
// src/vite/routing/scan-pages.ts, read at request time (rsc: matching; ssr and
// browser: rendering) from `virtual:vinext/pages-routes`. Data only.
import type { UrlSegment } from "../routing/segments";

export interface PagesRoute {
  /** Next's page name, used as the module key: "/", "/blog/[slug]", "/api/users/[id]". */
  page: string;
  segments: UrlSegment[];
  /** API routes (`pages/api/*`) answer with a Node-style handler; pages render React. */
  kind: "page" | "api";
}

/** Special files at the root of pages/: `_app`, `_document`, `_error`, `404`, `500`. */
export const SPECIAL_PAGES = ["/_app", "/_document", "/_error", "/404", "/500"] as const;
export type SpecialPage = (typeof SPECIAL_PAGES)[number];

export interface PagesManifest {
  /** Sorted by Next's precedence (static > dynamic > catch-all > optional catch-all). */
  routes: PagesRoute[];
  /** The special pages the project defines. */
  special: SpecialPage[];
}

/** A lazily imported user module, keyed by page name. */
export type PageModuleLoader = () => Promise<Record<string, unknown>>;

/** i18n from next.config (https://nextjs.org/docs/pages/guides/internationalization). */
export interface I18nConfig {
  locales: string[];
  defaultLocale: string;
  localeDetection: boolean;
  domains?: { domain: string; defaultLocale: string; locales?: string[]; http?: boolean }[];
}

/** Per-build settings the pages runtime needs on the server and in the browser. */
export interface PagesConfig {
  i18n?: I18nConfig;
}
