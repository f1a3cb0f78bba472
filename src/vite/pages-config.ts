// Reads the next.config keys the Pages Router runtime needs (i18n) into the
// `config` export of `virtual:vinext/pages-routes`, validating them with
// `[vinext]` errors that name next.config. https://nextjs.org/docs/pages/guides/internationalization
import type { I18nConfig, PagesConfig } from "../runtime/pages/manifest";
import type { NextConfig } from "./next-config";

function fail(file: string | undefined, message: string): never {
  throw new Error(`[vinext] ${file ?? "next.config"}: ${message}`);
}

export function resolvePagesConfig(nextConfig: NextConfig, file: string | undefined): PagesConfig {
  const raw = nextConfig.i18n as Partial<I18nConfig> | undefined | null;
  if (!raw) return {};
  const { locales, defaultLocale } = raw;
  if (!Array.isArray(locales) || locales.length === 0 || !locales.every((l) => typeof l === "string" && l)) {
    fail(file, `"i18n.locales" must be a non-empty array of locale strings such as ["en-US", "fr"].`);
  }
  if (typeof defaultLocale !== "string" || !locales.includes(defaultLocale)) {
    fail(file, `"i18n.defaultLocale" must be one of i18n.locales (${locales.join(", ")}).`);
  }
  const domains = raw.domains?.map((entry) => {
    if (!entry || typeof entry.domain !== "string" || typeof entry.defaultLocale !== "string") {
      fail(file, `each "i18n.domains" entry needs a "domain" and a "defaultLocale".`);
    }
    return { domain: entry.domain, defaultLocale: entry.defaultLocale, ...(entry.locales && { locales: entry.locales }), ...(entry.http && { http: true }) };
  });
  return { i18n: { locales, defaultLocale, localeDetection: raw.localeDetection !== false, ...(domains && { domains }) } };
}
