// next/headers: cookies(), headers() and draftMode() read the current request
// from the request store. Each returns a Promise (Next 15+) that also exposes
// the value's methods synchronously, as Next does for compatibility.
// https://nextjs.org/docs/app/api-reference/functions/cookies
import { RequestCookies, type Cookie, type CookieOptions, type ResponseCookie } from "../runtime/server/cookies";
import { getRequestStore, type RequestStore } from "../runtime/server/request-store";
import { DRAFT_MODE_COOKIE } from "../runtime/server/draft-mode";
import { isAfterCallbackScope } from "../runtime/server/after";

type Awaitable<T extends object> = Promise<T> & T;

function awaitable<T extends object>(value: T): Awaitable<T> {
  const promise = Promise.resolve(value);
  return new Proxy(value, {
    get(target, key) {
      if (key === "then" || key === "catch" || key === "finally") return promise[key].bind(promise);
      // Bound to the real object: Headers' methods need their internal slots.
      const member = Reflect.get(target, key, target);
      return typeof member === "function" ? member.bind(target) : member;
    },
  }) as Awaitable<T>;
}

function assertWritable(store: RequestStore, api: string) {
  // Next: test/e2e/app-dir/next-after-app "does not allow modifying cookies in a callback".
  if (isAfterCallbackScope(store)) {
    throw new Error(`[vinext] ${api}: cookies cannot be modified in a function passed to after(): the response has already been sent. Set them in the Server Action or Route Handler itself.`);
  }
  if (store.phase === "render") {
    throw new Error(
      `[vinext] ${api}: cookies can only be modified in a Server Action or Route Handler (https://nextjs.org/docs/app/api-reference/functions/cookies#options).`,
    );
  }
}

export interface ReadonlyRequestCookies {
  get(name: string | Cookie): Cookie | undefined;
  getAll(name?: string | Cookie): Cookie[];
  has(name: string): boolean;
  set(name: string, value: string, options?: CookieOptions): ReadonlyRequestCookies;
  set(cookie: ResponseCookie): ReadonlyRequestCookies;
  delete(name: string): ReadonlyRequestCookies;
  readonly size: number;
  toString(): string;
}

/**
 * A page with `dynamic = "force-static"` renders as the build sees it, whenever it
 * renders: cookies() and headers() read empty (Next: test/e2e/app-dir/app-static,
 * app/force-static/layout.js: headers and cookies lists are `[]`).
 */
function forcedStatic(store: RequestStore): boolean {
  return store.phase === "render" && store.segmentDynamic === "force-static";
}

export function cookies(): Awaitable<ReadonlyRequestCookies> {
  const store = getRequestStore("cookies");
  store.dynamicUsed = true;
  const jar = forcedStatic(store) ? new RequestCookies(new Headers()) : store.cookies;
  const api: ReadonlyRequestCookies = {
    get: (name) => jar.get(name),
    getAll: (name) => jar.getAll(name),
    has: (name) => jar.has(name),
    set(...args: [string, string, CookieOptions?] | [ResponseCookie]) {
      assertWritable(store, "cookies().set");
      const cookie: ResponseCookie = typeof args[0] === "string" ? { name: args[0], value: args[1] as string, ...(args[2] as CookieOptions) } : args[0];
      store.cookies.set(cookie.name, cookie.value);
      store.responseCookies.set(cookie);
      return api;
    },
    delete(name) {
      assertWritable(store, "cookies().delete");
      store.cookies.delete(name);
      store.responseCookies.delete(name);
      return api;
    },
    get size() {
      return jar.size;
    },
    toString: () => jar.toString(),
  };
  return awaitable(api);
}

/** The request's headers, read-only as in Next (set/append/delete throw). */
class ReadonlyHeaders extends Headers {
  set(): never {
    return readonlyHeaders();
  }
  append(): never {
    return readonlyHeaders();
  }
  delete(): never {
    return readonlyHeaders();
  }
}

function readonlyHeaders(): never {
  throw new Error(
    "[vinext] headers() returns the request's headers, which cannot be modified. Set response headers in a Route Handler, or copy them first: new Headers(await headers()). https://nextjs.org/docs/app/api-reference/functions/headers",
  );
}

export function headers(): Awaitable<Headers> {
  const store = getRequestStore("headers");
  store.dynamicUsed = true;
  return awaitable(new ReadonlyHeaders(forcedStatic(store) ? undefined : store.request.headers));
}

export interface DraftMode {
  readonly isEnabled: boolean;
  enable(): void;
  disable(): void;
}

export function draftMode(): Awaitable<DraftMode> {
  const store = getRequestStore("draftMode");
  const mode: DraftMode = {
    get isEnabled() {
      return store.cookies.get(DRAFT_MODE_COOKIE)?.value === store.draftModeSecret;
    },
    enable() {
      assertWritable(store, "draftMode().enable");
      store.cookies.set(DRAFT_MODE_COOKIE, store.draftModeSecret);
      store.responseCookies.set({ name: DRAFT_MODE_COOKIE, value: store.draftModeSecret, httpOnly: true, sameSite: "none", secure: true, path: "/" });
    },
    disable() {
      assertWritable(store, "draftMode().disable");
      store.cookies.delete(DRAFT_MODE_COOKIE);
      store.responseCookies.set({ name: DRAFT_MODE_COOKIE, value: "", expires: new Date(0), httpOnly: true, sameSite: "none", secure: true, path: "/" });
    },
  };
  return awaitable(mode);
}
