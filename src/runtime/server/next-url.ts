// NextURL: the URL of `request.nextUrl` — a WHATWG URL whose `pathname` is seen
// without the app's basePath (and `href` keeps it), plus `clone()` and the Next
// extras (buildId, locale fields, which stay empty until i18n is supported).
// https://nextjs.org/docs/app/api-reference/functions/next-request#nexturl

export interface NextURLOptions {
  /** The app's basePath ("" or "/docs"); pathnames are seen without it. */
  basePath?: string;
  buildId?: string;
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
  #url: URL;
  #basePath: string;
  #buildId: string | undefined;

  constructor(input: string | URL, baseOrOptions?: string | URL | NextURLOptions, options?: NextURLOptions) {
    const base = typeof baseOrOptions === "string" || baseOrOptions instanceof URL ? baseOrOptions : undefined;
    const opts = (base === undefined ? (baseOrOptions as NextURLOptions | undefined) : options) ?? {};
    this.#url = new URL(String(input), base === undefined ? undefined : String(base));
    const basePath = normaliseBasePath(opts.basePath);
    // Only a URL that actually lies under the basePath has one.
    this.#basePath = underBasePath(this.#url.pathname, basePath) ? basePath : "";
    this.#buildId = opts.buildId;
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
  /** i18n routing is not supported yet: no locale is ever detected. */
  get locale(): string {
    return "";
  }
  get defaultLocale(): string | undefined {
    return undefined;
  }
  get domainLocale(): undefined {
    return undefined;
  }

  get pathname(): string {
    const pathname = this.#url.pathname;
    if (!this.#basePath) return pathname;
    return pathname.slice(this.#basePath.length) || "/";
  }
  set pathname(value: string) {
    const path = value.startsWith("/") ? value : `/${value}`;
    this.#url.pathname = this.#basePath ? (path === "/" ? this.#basePath : this.#basePath + path) : path;
  }

  get href(): string {
    return this.#url.href;
  }
  set href(value: string) {
    const basePath = this.#basePath;
    this.#url = new URL(value);
    this.#basePath = underBasePath(this.#url.pathname, basePath) ? basePath : "";
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
    return copy;
  }
  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return `NextURL ${this.href}`;
  }
}
