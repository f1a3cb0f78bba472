// i18n in the browser router: a target URL split into the page path (what
// routes match and router.asPath shows), the locale, the URL to show (with the
// locale prefix; the default locale has none) and the data URL. Next keeps the
// current locale on navigation unless `locale` says otherwise (test/e2e/i18n-support).
import { dataPathFor } from "./data-path";
import { addLocalePrefix, resolveLocale } from "./i18n";
import type { I18nConfig } from "./manifest";
import { splitPathname } from "../routing/match";

export interface Located {
  /** Path without the locale prefix, plus search and hash (router.asPath). */
  asPath: string;
  pathname: string;
  locale?: string;
  /** The URL for the address bar. */
  display: string;
  dataPath(buildId: string): string;
}

export function locate(target: URL, locale: string | false | undefined, current: { locale?: string; defaultLocale?: string }, i18n: I18nConfig | undefined): Located {
  const tail = target.search + target.hash;
  if (!i18n) {
    return { asPath: target.pathname + tail, pathname: target.pathname, display: target.pathname + tail, dataPath: (id) => dataPathFor(id, target.pathname) + target.search };
  }
  let parts: string[];
  try {
    parts = splitPathname(target.pathname);
  } catch {
    parts = [];
  }
  const routing = resolveLocale(parts, target.hostname, i18n);
  const pathname = routing.prefixed ? target.pathname.replace(/^\/[^/]+/, "") || "/" : target.pathname;
  const chosen = routing.prefixed ? routing.locale : locale === false ? routing.defaultLocale : (locale ?? current.locale ?? routing.defaultLocale);
  const display = routing.prefixed ? target.pathname : addLocalePrefix(pathname, chosen, current.defaultLocale ?? routing.defaultLocale);
  return {
    asPath: pathname + tail,
    pathname,
    locale: chosen,
    display: display + tail,
    dataPath: (id) => dataPathFor(id, pathname === "/" ? `/${chosen}` : `/${chosen}${pathname}`) + target.search,
  };
}

/** The href a next/link renders: the current (or given) locale's prefix added to a local path. */
export function localizeHref(url: string, locale: string | false | undefined, current: { locale?: string; defaultLocale?: string }, i18n: I18nConfig | undefined): string {
  if (!i18n || locale === false || !url.startsWith("/") || url.startsWith("//")) return url;
  const target = new URL(url, "http://n");
  return locate(target, locale, current, i18n).display;
}
