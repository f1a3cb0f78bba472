// Cookie parsing and Set-Cookie serialisation for request APIs and
// NextRequest/NextResponse. Web APIs only, no dependencies.
// https://nextjs.org/docs/app/api-reference/functions/cookies

export interface CookieOptions {
  path?: string;
  domain?: string;
  maxAge?: number;
  expires?: Date | number | string;
  httpOnly?: boolean;
  secure?: boolean;
  sameSite?: "strict" | "lax" | "none" | boolean;
  partitioned?: boolean;
  priority?: "low" | "medium" | "high";
}

export interface Cookie {
  name: string;
  value: string;
}

export interface ResponseCookie extends Cookie, CookieOptions {}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** @example parseCookieHeader("a=1; b=x%20y") // Map { a => "1", b => "x y" } */
export function parseCookieHeader(header: string | null): Map<string, string> {
  const map = new Map<string, string>();
  if (!header) return map;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    const name = (eq === -1 ? part : part.slice(0, eq)).trim();
    if (!name || map.has(name)) continue;
    map.set(name, eq === -1 ? "" : safeDecode(part.slice(eq + 1).trim()));
  }
  return map;
}

/** @example serializeCookie({ name: "a", value: "1", httpOnly: true }) // "a=1; Path=/; HttpOnly" */
export function serializeCookie(cookie: ResponseCookie): string {
  const parts = [`${cookie.name}=${encodeURIComponent(cookie.value)}`];
  parts.push(`Path=${cookie.path ?? "/"}`);
  if (cookie.domain) parts.push(`Domain=${cookie.domain}`);
  if (cookie.maxAge !== undefined) parts.push(`Max-Age=${Math.floor(cookie.maxAge)}`);
  if (cookie.expires !== undefined) parts.push(`Expires=${new Date(cookie.expires).toUTCString()}`);
  if (cookie.httpOnly) parts.push("HttpOnly");
  if (cookie.secure) parts.push("Secure");
  if (cookie.sameSite) {
    const value = cookie.sameSite === true ? "strict" : cookie.sameSite;
    parts.push(`SameSite=${value[0]!.toUpperCase()}${value.slice(1)}`);
  }
  if (cookie.partitioned) parts.push("Partitioned");
  if (cookie.priority) parts.push(`Priority=${cookie.priority[0]!.toUpperCase()}${cookie.priority.slice(1)}`);
  return parts.join("; ");
}

type SetArgs = [name: string, value: string, options?: CookieOptions] | [cookie: ResponseCookie];

function toCookie(args: SetArgs): ResponseCookie {
  return typeof args[0] === "string" ? { name: args[0], value: args[1] as string, ...(args[2] as CookieOptions | undefined) } : args[0];
}

/** The cookies a request carried (readable; writable where Next allows it). */
export class RequestCookies {
  readonly #map: Map<string, string>;
  constructor(headers: Headers) {
    this.#map = parseCookieHeader(headers.get("cookie"));
  }
  get size(): number {
    return this.#map.size;
  }
  get(name: string | Cookie): Cookie | undefined {
    const key = typeof name === "string" ? name : name.name;
    const value = this.#map.get(key);
    return value === undefined ? undefined : { name: key, value };
  }
  getAll(name?: string | Cookie): Cookie[] {
    const all = [...this.#map].map(([key, value]) => ({ name: key, value }));
    if (name === undefined) return all;
    const key = typeof name === "string" ? name : name.name;
    return all.filter((cookie) => cookie.name === key);
  }
  has(name: string): boolean {
    return this.#map.has(name);
  }
  set(...args: SetArgs): this {
    const cookie = toCookie(args);
    this.#map.set(cookie.name, cookie.value);
    return this;
  }
  delete(name: string): boolean {
    return this.#map.delete(name);
  }
  toString(): string {
    return [...this.#map].map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join("; ");
  }
  [Symbol.iterator]() {
    return this.getAll().map((cookie) => [cookie.name, cookie] as const)[Symbol.iterator]();
  }
}

/** Cookies to send back with Set-Cookie; the last write of a name wins. */
export class ResponseCookies {
  readonly #map = new Map<string, ResponseCookie>();
  get(name: string): ResponseCookie | undefined {
    return this.#map.get(name);
  }
  getAll(): ResponseCookie[] {
    return [...this.#map.values()];
  }
  has(name: string): boolean {
    return this.#map.has(name);
  }
  set(...args: SetArgs): this {
    const cookie = toCookie(args);
    this.#map.set(cookie.name, cookie);
    return this;
  }
  delete(name: string | Omit<ResponseCookie, "value" | "expires">): this {
    const base = typeof name === "string" ? { name } : name;
    this.#map.set(base.name, { ...base, value: "", expires: new Date(0) });
    return this;
  }
  /** Appends every cookie as a Set-Cookie header. */
  applyTo(headers: Headers): void {
    for (const cookie of this.#map.values()) headers.append("set-cookie", serializeCookie(cookie));
  }
}
