// The public shape of the Pages Router's router (next/router's NextRouter):
// https://nextjs.org/docs/pages/api-reference/functions/use-router
import type { UrlObject } from "../../shims/url-object";
import type { RouterEvents } from "./router-events";
import type { Query } from "./query";

export type Url = string | UrlObject;

export interface TransitionOptions {
  shallow?: boolean;
  locale?: string | false;
  scroll?: boolean;
}

export interface PopStateInfo {
  url: string;
  as: string;
  options: TransitionOptions;
}

export interface RouterState {
  /** The page name ("/blog/[slug]"). */
  pathname: string;
  query: Query;
  /** The URL as shown (path, search and hash; without the locale prefix). */
  asPath: string;
  isFallback: boolean;
  isReady: boolean;
  isPreview: boolean;
  locale?: string;
  locales?: string[];
  defaultLocale?: string;
  domainLocales?: { domain: string; defaultLocale: string; locales?: string[] }[];
  isLocaleDomain: boolean;
}

export interface NextRouter extends RouterState {
  route: string;
  basePath: string;
  push(url: Url, as?: Url, options?: TransitionOptions): Promise<boolean>;
  replace(url: Url, as?: Url, options?: TransitionOptions): Promise<boolean>;
  reload(): void;
  back(): void;
  forward(): void;
  prefetch(url: string, asPath?: string, options?: { locale?: string | false }): Promise<void>;
  beforePopState(callback: (state: PopStateInfo) => boolean): void;
  events: RouterEvents;
}
