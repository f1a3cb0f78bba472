// The `cookies` of a NextResponse: ResponseCookies bound to the response's
// headers, so every write is visible as Set-Cookie at once (as in Next, where
// `response.cookies.set()` and `response.headers.get("set-cookie")` agree).
import { ResponseCookies, serializeCookie, type CookieOptions, type ResponseCookie } from "./cookies";

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

const SAME_SITE = new Set(["strict", "lax", "none"]);
const PRIORITY = new Set(["low", "medium", "high"]);

/** @example parseSetCookie("a=1; Path=/; HttpOnly") // { name: "a", value: "1", path: "/", httpOnly: true } */
export function parseSetCookie(header: string): ResponseCookie | undefined {
  const [pair = "", ...attributes] = header.split(";");
  const eq = pair.indexOf("=");
  const name = (eq === -1 ? "" : pair.slice(0, eq)).trim();
  if (!name) return undefined;
  const cookie: ResponseCookie = { name, value: safeDecode(pair.slice(eq + 1).trim()) };
  for (const attribute of attributes) {
    const at = attribute.indexOf("=");
    const key = (at === -1 ? attribute : attribute.slice(0, at)).trim().toLowerCase();
    const value = at === -1 ? "" : attribute.slice(at + 1).trim();
    if (key === "path") cookie.path = value;
    else if (key === "domain") cookie.domain = value;
    else if (key === "max-age" && /^-?\d+$/.test(value)) cookie.maxAge = Number(value);
    else if (key === "expires" && !Number.isNaN(Date.parse(value))) cookie.expires = new Date(value);
    else if (key === "httponly") cookie.httpOnly = true;
    else if (key === "secure") cookie.secure = true;
    else if (key === "partitioned") cookie.partitioned = true;
    else if (key === "samesite" && SAME_SITE.has(value.toLowerCase())) cookie.sameSite = value.toLowerCase() as CookieOptions["sameSite"];
    else if (key === "priority" && PRIORITY.has(value.toLowerCase())) cookie.priority = value.toLowerCase() as CookieOptions["priority"];
  }
  return cookie;
}

/**
 * @example
 * const response = NextResponse.json({ ok: true });
 * response.cookies.set("theme", "dark", { httpOnly: true });
 * response.headers.get("set-cookie") // "theme=dark; Path=/; HttpOnly"
 */
export class BoundResponseCookies extends ResponseCookies {
  readonly #headers: Headers;

  constructor(headers: Headers) {
    super();
    this.#headers = headers;
    // Cookies already on the response (a Set-Cookie passed in `init`) stay, and can be read and replaced.
    for (const raw of headers.getSetCookie()) {
      const cookie = parseSetCookie(raw);
      if (cookie) super.set(cookie);
    }
  }

  override set(...args: Parameters<ResponseCookies["set"]>): this {
    super.set(...args);
    this.#sync();
    return this;
  }

  override delete(...args: Parameters<ResponseCookies["delete"]>): this {
    super.delete(...args);
    this.#sync();
    return this;
  }

  toString(): string {
    return this.getAll().map(serializeCookie).join("; ");
  }

  #sync(): void {
    this.#headers.delete("set-cookie");
    this.applyTo(this.#headers);
  }
}
