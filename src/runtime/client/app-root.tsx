// Renders a Flight payload with the navigation state derived from it. Used by
// SSR (once) and by the browser router (on every navigation). After hydration
// the router passes the URL it navigated to: a pre-rendered payload was made
// without the request's search params, so its own `url` cannot be trusted for them.
import { use, useMemo } from "react";
import { removeBasePath } from "../base-path";
import type { FlightPayload } from "../flight-payload";
import { NavigationContext, type NavigationState } from "./contexts";

export function AppRoot({ payload, url: shownUrl }: { payload: Promise<FlightPayload>; url?: string }) {
  const value = use(payload);
  const state = useMemo<NavigationState>(() => {
    const url = new URL(shownUrl ?? value.url, "http://n");
    // usePathname() is the app path: without next.config basePath.
    return { pathname: removeBasePath(url.pathname), searchParams: url.searchParams, params: value.params };
  }, [value, shownUrl]);
  return <NavigationContext.Provider value={state}>{value.root}</NavigationContext.Provider>;
}
