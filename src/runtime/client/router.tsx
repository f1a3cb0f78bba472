// The browser's App Router: keeps the current Flight payload in state and swaps
// it in a transition on navigation, so React reconciles the new tree against the
// old one and client components in shared layouts keep their state.
import { startTransition, useEffect, useMemo, useRef, useState } from "react";
import type { FlightPayload } from "../flight-payload";
import { AppRoot } from "./app-root";
import { RouterContext, type AppRouterInstance } from "./contexts";
import { clearFlightCache, fetchFlight, prefetchFlight } from "./flight-fetch";

interface Navigation {
  payload: Promise<FlightPayload>;
  scroll: boolean;
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

export function BrowserRouter({ initial }: { initial: Promise<FlightPayload> }) {
  const [nav, setNav] = useState<Navigation>({ payload: initial, scroll: false });
  const latest = useRef(nav);
  latest.current = nav;

  const router = useMemo<AppRouterInstance>(() => {
    const go = (href: string, mode: "push" | "replace", scroll = true) => {
      const url = new URL(href, window.location.href);
      if (url.origin !== window.location.origin) {
        window.location.assign(url.href);
        return;
      }
      const target = url.pathname + url.search + url.hash;
      const payload = fetchFlight(url.pathname + url.search);
      startTransition(() => {
        window.history[mode === "push" ? "pushState" : "replaceState"]({ vinext: true }, "", target);
        setNav({ payload, scroll });
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
        startTransition(() => setNav({ payload, scroll: false }));
      },
      prefetch: (href) => {
        const url = new URL(href, window.location.href);
        if (url.origin === window.location.origin) prefetchFlight(url.pathname + url.search);
      },
    };
  }, []);

  useEffect(() => {
    actionTarget = (result) => {
      clearFlightCache();
      if ("redirect" in result) router[result.mode](result.redirect);
      else startTransition(() => setNav({ payload: Promise.resolve(result.payload), scroll: false }));
    };
  }, [router]);

  useEffect(() => {
    // Next exposes the App Router instance as `window.next.router` (scripts and tests use it).
    const globals = window as unknown as { next?: Record<string, unknown> };
    globals.next = { ...globals.next, router };
  }, [router]);

  useEffect(() => {
    const onPopState = () => {
      const payload = fetchFlight(window.location.pathname + window.location.search);
      startTransition(() => setNav({ payload, scroll: false }));
    };
    window.addEventListener("popstate", onPopState);
    return () => window.removeEventListener("popstate", onPopState);
  }, []);

  useEffect(() => {
    if (import.meta.hot) import.meta.hot.on("rsc:update", () => router.refresh());
  }, [router]);

  useEffect(() => {
    // After commit: the browser shows the server's final URL (after redirects),
    // and a push/replace scrolls to the hash target or to the top.
    let cancelled = false;
    nav.payload.then((value) => {
      if (cancelled || latest.current !== nav) return;
      const shown = window.location.pathname + window.location.search;
      if (value.url !== shown) window.history.replaceState(window.history.state, "", value.url + window.location.hash);
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
      <AppRoot payload={nav.payload} />
    </RouterContext.Provider>
  );
}
