// Pages Router i18n routing (https://nextjs.org/docs/pages/guides/internationalization):
// locale prefixes (the default locale has none), domain locales, and detection
// from the NEXT_LOCALE cookie then Accept-Language on the root path. Pure; used by
// the rsc dispatch, the ssr render and the browser router.
// Next: test/e2e/i18n-support, test/e2e/i18n-api-support, test/e2e/i18n-data-route.
import type { I18nConfig } from "./manifest";

export interface LocaleRouting {
  /** The locale the request renders in. */
  locale: string;
  /** The default locale for this host (a domain's, else the config's). */
  defaultLocale: string;
  /** True when the path carried the locale prefix. */
  prefixed: boolean;
  /** The path parts without the locale prefix. */
  parts: string[];
}

/** The domain entry for a host name (port ignored, case-insensitive). */
export function domainLocaleFor(hostname: string, i18n: I18nConfig): NonNullable<I18nConfig["domains"]>[number] | undefined {
  const host = hostname.toLowerCase().replace(/:\d+$/, "");
  return i18n.domains?.find((entry) => entry.domain.toLowerCase().replace(/:\d+$/, "") === host);
}

function findLocale(candidate: string | undefined, locales: readonly string[]): string | undefined {
  if (!candidate) return undefined;
  const lower = candidate.toLowerCase();
  return locales.find((locale) => locale.toLowerCase() === lower);
}

/**
 * @example resolveLocale(["fr", "about"], "example.com", i18n) // { locale: "fr", defaultLocale: "en", prefixed: true, parts: ["about"] }
 */
export function resolveLocale(parts: readonly string[], hostname: string, i18n: I18nConfig): LocaleRouting {
  const defaultLocale = domainLocaleFor(hostname, i18n)?.defaultLocale ?? i18n.defaultLocale;
  const prefix = findLocale(parts[0], i18n.locales);
  if (prefix) return { locale: prefix, defaultLocale, prefixed: true, parts: parts.slice(1) };
  return { locale: defaultLocale, defaultLocale, prefixed: false, parts: [...parts] };
}

/** Accept-Language tags in preference order (q=0 dropped). */
export function acceptedLanguages(header: string | null): string[] {
  if (!header) return [];
  return header
    .split(",")
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { tag: tag!.trim(), q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((entry) => entry.tag && entry.tag !== "*" && entry.q > 0 && !Number.isNaN(entry.q))
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((entry) => entry.tag);
}

/**
 * The locale the visitor prefers: a valid NEXT_LOCALE cookie, else the best
 * Accept-Language match (exact tag, then the same language: "fr-CA" → "fr", "nl" → "nl-NL").
 */
export function detectLocale(cookieLocale: string | undefined, acceptLanguage: string | null, locales: readonly string[]): string | undefined {
  const fromCookie = findLocale(cookieLocale, locales);
  if (fromCookie) return fromCookie;
  for (const tag of acceptedLanguages(acceptLanguage)) {
    const exact = findLocale(tag, locales);
    if (exact) return exact;
    const language = tag.split("-")[0]!.toLowerCase();
    const sameLanguage = locales.find((locale) => locale.toLowerCase() === language) ?? locales.find((locale) => locale.toLowerCase().split("-")[0] === language);
    if (sameLanguage) return sameLanguage;
  }
  return undefined;
}

/**
 * Where a visit to `/` should go for a detected locale: the domain whose default it
 * is, else the locale's prefix; undefined to stay.
 */
export function localeRedirect(detected: string | undefined, routing: LocaleRouting, i18n: I18nConfig, search: string): string | undefined {
  if (!detected || detected === routing.locale) return undefined;
  const domain = i18n.domains?.find((entry) => entry.defaultLocale === detected);
  if (domain) return `${domain.http ? "http" : "https"}://${domain.domain}/${search}`;
  return `/${detected}${search}`;
}

/** `/about` in `fr` → `/fr/about`; the default locale gets no prefix. */
export function addLocalePrefix(path: string, locale: string | undefined, defaultLocale: string | undefined): string {
  if (!locale || locale === defaultLocale) return path;
  return path === "/" ? `/${locale}` : `/${locale}${path}`;
}
