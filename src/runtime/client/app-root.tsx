// Renders a Flight payload with the navigation state derived from it. Used by
// SSR (once) and by the browser router (on every navigation).
import { use, useMemo } from "react";
import type { FlightPayload } from "../flight-payload";
import { NavigationContext, type NavigationState } from "./contexts";

export function AppRoot({ payload }: { payload: Promise<FlightPayload> }) {
  const value = use(payload);
  const state = useMemo<NavigationState>(() => {
    const url = new URL(value.url, "http://n");
    return { pathname: url.pathname, searchParams: url.searchParams, params: value.params };
  }, [value]);
  return <NavigationContext.Provider value={state}>{value.root}</NavigationContext.Provider>;
}
