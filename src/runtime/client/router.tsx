// The browser's App Router: keeps the current Flight payload in state and swaps
// it in a transition on navigation, so React reconciles the new tree against the
// old one and client components in shared layouts keep their state.
import { startTransition, useEffect, useMemo, useRef, useState } from "react";
import { hooks } from "virtual:vinext/instrumentation-client";
import { addBasePath } from "../base-path";
import type { FlightPayload } from "../flight-payload";
import { AppRoot } from "./app-root";
import { RouterContext, type AppRouterInstance } from "./contexts";
import { clearFlightCache, fetchFlight, prefetchFlight, setInterceptedFrom } from "./flight-fetch";

interface Navigation {
  payload: Promise<FlightPayload>;
  scroll: boolean;
  /** pathname + search the payload is shown for (undefined: the payload's own, at hydration). */
  url?: string;
}

/** Set by the mounted BrowserRouter; lets Server Action calls (server-callback.ts) reach it. */
let actionTarget: ((result: ActionResult) => void) | undefined;

export type ActionResult = { payload: FlightPayload } | { redirect: string; mode: "push" | "replace" };

/**
 * For Server Actions: shows the page an action re-rendered (same URL, no new
 * history entry, prefetched pages forgotten), or navigates where its redirect() pointed.
 */
export function applyActionResult(result: ActionResult): void {
  if (!actionTarget) throw new Error("[vinext] A Server Action finished before the App Router mounted.");
  actionTarget(result);
}

/**
 * The payload each history entry showed: back/forward restore it without a
 * request (Next's router cache), which also closes an intercepted modal on back.
 */
const historyPayloads = new Map<string, Promise<FlightPayload>>();
const MAX_HISTORY = 50;

function rememberEntry(key: string, payload: Promise<FlightPayload>): void {
  historyPayloads.delete(key);
  historyPayloads.set(key, payload);
  if (historyPayloads.size > MAX_HISTORY) historyPayloads.delete(historyPayloads.keys().next().value!);
}

/** instrumentation-client.ts's `onRouterTransitionStart(url, type)`, called as a navigation starts (docs "instrumentation-client"). */
function transitionStart(href: string, type: "push" | "replace" | "traverse"): void {
  const hook = hooks.onRouterTransitionStart;
  if (typeof hook === "function") hook(href, type);
}

function currentKey(): string | undefined {
  return (window.history.state as { key?: string } | null)?.key;
}

export function BrowserRouter({ initial }: { initial: Promise<FlightPayload> }) {
  const [nav, setNav] = useState<Navigation>({ payload: initial, scroll: false });
  const latest = useRef(nav);
  latest.current = nav;

  const router = useMemo<AppRouterInstance>(() => {
    const go = (href: string, mode: "push" | "replace", scroll = true) => {
      // push("/about") is an app path: the browser shows and fetches it under the basePath.
      const url = new URL(addBasePath(href), window.location.href);
      if (url.origin !== window.location.origin) {
        window.location.assign(url.href);
        return;
      }
      const target = url.pathname + url.search + url.hash;
      transitionStart(href, mode);
      const payload = fetchFlight(url.pathname + url.search);
      const key = crypto.randomUUID();
      rememberEntry(key, payload);
      startTransition(() => {
        window.history[mode === "push" ? "pushState" : "replaceState"]({ vinext: true, key }, "", target);
        setNav({ payload, scroll, url: url.pathname + url.search });
      });
    };
    return {
      push: (href, options) => go(href, "push", options?.scroll ?? true),
      replace: (href, options) => go(href, "replace", options?.scroll ?? true),
      back: () => window.history.back(),
      forward: () => window.history.forward(),
      refresh: () => {
        clearFlightCache();
        const payload = fetchFlight(window.location.pathname + window.location.search, { fresh: true });
        const key = currentKey();
        if (key) rememberEntry(key, payload);
        startTransition(() => setNav({ payload, scroll: false, url: window.location.pathname + window.location.search }));
      },
      prefetch: (href) => {
        const url = new URL(addBasePath(href), window.location.href);
        if (url.origin === window.location.origin) prefetchFlight(url.pathname + url.search);
      },
    };
  }, []);

  useEffect(() => {
    actionTarget = (result) => {
      clearFlightCache();
      if ("redirect" in result) router[result.mode](result.redirect);
      else {
        const payload = Promise.resolve(result.payload);
        const key = currentKey();
        if (key) rememberEntry(key, payload);
        startTransition(() => setNav({ payload, scroll: false, url: window.location.pathname + window.location.search }));
      }
    };
  }, [router]);

  useEffect(() => {
    // Next exposes the App Router instance as `window.next.router` (scripts and tests use it).
    const globals = window as unknown as { next?: Record<string, unknown> };
    globals.next = { ...globals.next, router };
  }, [router]);

  useEffect(() => {
    // The document's own entry gets a key too, so coming back to it restores this payload.
    const key = currentKey() ?? crypto.randomUUID();
    if (!currentKey()) window.history.replaceState({ ...(window.history.state as object | null), vinext: true, key }, "");
    rememberEntry(key, initial);
  }, [initial]);

  useEffect(() => {
    const onPopState = () => {
      transitionStart(window.location.pathname + window.location.search + window.location.hash, "traverse");
      const key = currentKey();
      const kept = key ? historyPayloads.get(key) : undefined;
      const payload = kept ?? fetchFlight(window.location.pathname + window.location.search);
      if (key && !kept) rememberEntry(key, payload);
      startTransition(() => setNav({ payload, scroll: false, url: window.location.pathname + window.location.search }));
    };
    window.addEventListener("popstate", onPopState);
    return () => window.removeEventListener("popstate", onPopState);
  }, []);

  useEffect(() => {
    if (import.meta.hot) import.meta.hot.on("rsc:update", () => router.refresh());
  }, [router]);

  useEffect(() => {
    // After commit: the next navigation's origin (intercepting routes), then a push/replace
    // scrolls to the hash target or to the top.
    let cancelled = false;
    nav.payload.then((shown) => {
      if (cancelled || latest.current !== nav) return;
      setInterceptedFrom(shown.interceptedFrom);
      if (!nav.scroll) return;
      const target = window.location.hash && document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
      if (target) target.scrollIntoView();
      else window.scrollTo(0, 0);
    });
    return () => {
      cancelled = true;
    };
  }, [nav]);

  return (
    <RouterContext.Provider value={router}>
      <AppRoot payload={nav.payload} url={nav.url} />
    </RouterContext.Provider>
  );
}
