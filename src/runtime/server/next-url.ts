// NextURL: the URL of `request.nextUrl` — a WHATWG URL whose `pathname` is seen
// without the app's basePath and, with Pages i18n, without the locale prefix
// (`href` puts both back; the default locale gets no prefix), plus `clone()` and
// the Next extras (buildId, locale, defaultLocale, domainLocale).
// https://nextjs.org/docs/app/api-reference/functions/next-request#nexturl
// The docs list `locale` with basePath as what nextUrl strips from `pathname`;
// middleware under i18n reads it (test/e2e/middleware-custom-matchers-i18n fixture app).
import type { I18nConfig } from "../pages/manifest";
import { addLocalePrefix, domainLocaleFor, resolveLocale } from "../pages/i18n";

export interface NextURLOptions {
  /** The app's basePath ("" or "/docs"); pathnames are seen without it. */
  basePath?: string;
  buildId?: string;
  /** next.config `i18n` (Pages Router). */
  i18n?: I18nConfig;
}

function normaliseBasePath(basePath: string | undefined): string {
  if (!basePath || basePath === "/") return "";
  return "/" + basePath.replace(/^\/+|\/+$/g, "");
}

/** True when `pathname` is `basePath` itself or lies under it. */
function underBasePath(pathname: string, basePath: string): boolean {
  return basePath !== "" && (pathname === basePath || pathname.startsWith(basePath + "/"));
}

/**
 * @example
 * const url = new NextURL("https://a.test/docs/intro?x=1", { basePath: "/docs" });
 * url.pathname   // "/intro"
 * url.href       // "https://a.test/docs/intro?x=1"
 */
export class NextURL {
  /** The URL with `pathname` below the basePath and the locale. */
  #url: URL;
  #basePath: string;
  #buildId: string | undefined;
  #i18n: I18nConfig | undefined;
  #locale = "";
  /** The root below a prefix was written with its slash ("/docs/"). */
  #rootSlash = false;

  constructor(input: string | URL, baseOrOptions?: string | URL | NextURLOptions, options?: NextURLOptions) {
    const base = typeof baseOrOptions === "string" || baseOrOptions instanceof URL ? baseOrOptions : undefined;
    const opts = (base === undefined ? (baseOrOptions as NextURLOptions | undefined) : options) ?? {};
    this.#url = new URL(String(input), base === undefined ? undefined : String(base));
    this.#basePath = "";
    this.#buildId = opts.buildId;
    this.#i18n = opts.i18n;
    this.#parse(normaliseBasePath(opts.basePath));
  }

  /** Splits the basePath (only when the URL lies under it) and the locale off #url's full path. */
  #parse(basePath: string): void {
    const full = this.#url.pathname;
    this.#rootSlash = full.length > 1 && full.endsWith("/");
    this.#basePath = underBasePath(full, basePath) ? basePath : "";
    let path = full.slice(this.#basePath.length) || "/";
    if (this.#i18n) {
      const routing = resolveLocale(path.split("/").filter(Boolean), this.#url.hostname, this.#i18n);
      this.#locale = routing.locale;
      if (routing.prefixed) path = path.slice(path.indexOf("/", 1) === -1 ? path.length : path.indexOf("/", 1)) || "/";
    }
    this.#url.pathname = path;
  }

  get basePath(): string {
    return this.#basePath;
  }
  set basePath(value: string) {
    this.#basePath = normaliseBasePath(value);
  }
  get buildId(): string | undefined {
    return this.#buildId;
  }
  set buildId(value: string | undefined) {
    this.#buildId = value;
  }
  /** The request's locale ("" without i18n): from the path, else the domain's or the config's default. */
  get locale(): string {
    return this.#locale;
  }
  set locale(value: string) {
    if (!this.#i18n?.locales.includes(value)) throw new TypeError(`[vinext] NextURL: next.config i18n has no locale "${value}".`);
    this.#locale = value;
  }
  get defaultLocale(): string | undefined {
    if (!this.#i18n) return undefined;
    return this.domainLocale?.defaultLocale ?? this.#i18n.defaultLocale;
  }
  get domainLocale(): NonNullable<I18nConfig["domains"]>[number] | undefined {
    return this.#i18n && domainLocaleFor(this.#url.hostname, this.#i18n);
  }

  get pathname(): string {
    return this.#url.pathname;
  }
  set pathname(value: string) {
    this.#url.pathname = value.startsWith("/") ? value : `/${value}`;
  }

  get href(): string {
    const full = new URL(this.#url.href);
    const inner = this.#url.pathname;
    // API routes are never localized (Next: test/e2e/i18n-api-support): they keep no locale prefix.
    const api = inner === "/api" || inner.startsWith("/api/");
    const prefix = this.#basePath + (api ? "" : addLocalePrefix("", this.#locale || undefined, this.defaultLocale));
    full.pathname = inner === "/" && prefix ? prefix + (this.#rootSlash ? "/" : "") : prefix + inner;
    return full.href;
  }
  set href(value: string) {
    const basePath = this.#basePath;
    this.#url = new URL(value);
    this.#parse(basePath);
  }
  get origin(): string {
    return this.#url.origin;
  }
  get protocol(): string {
    return this.#url.protocol;
  }
  set protocol(value: string) {
    this.#url.protocol = value;
  }
  get username(): string {
    return this.#url.username;
  }
  set username(value: string) {
    this.#url.username = value;
  }
  get password(): string {
    return this.#url.password;
  }
  set password(value: string) {
    this.#url.password = value;
  }
  get host(): string {
    return this.#url.host;
  }
  set host(value: string) {
    this.#url.host = value;
  }
  get hostname(): string {
    return this.#url.hostname;
  }
  set hostname(value: string) {
    this.#url.hostname = value;
  }
  get port(): string {
    return this.#url.port;
  }
  set port(value: string) {
    this.#url.port = value;
  }
  get search(): string {
    return this.#url.search;
  }
  set search(value: string) {
    this.#url.search = value;
  }
  get searchParams(): URLSearchParams {
    return this.#url.searchParams;
  }
  get hash(): string {
    return this.#url.hash;
  }
  set hash(value: string) {
    this.#url.hash = value;
  }

  toString(): string {
    return this.href;
  }
  toJSON(): string {
    return this.href;
  }
  /** An independent copy (mutating it leaves this URL alone). */
  clone(): NextURL {
    const copy = new NextURL(this.#url.href, { buildId: this.#buildId });
    copy.#basePath = this.#basePath;
    copy.#i18n = this.#i18n;
    copy.#locale = this.#locale;
    copy.#rootSlash = this.#rootSlash;
    return copy;
  }
  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return `NextURL ${this.href}`;
  }
}
