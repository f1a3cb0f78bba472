// The value the rsc environment serialises with Flight and the ssr/browser
// environments read back. Shared type only.
import type { ReactNode } from "react";
import type { Params } from "./routing/match";

export interface FlightPayload {
  /** The whole document tree (`<html>` from the root layout down to the page). */
  root: ReactNode;
  /** Pathname and search of the rendered URL, as the browser should show it. */
  url: string;
  /** Dynamic params of the matched route (empty for 404). */
  params: Params;
}

/** Request header the client router sends to ask for Flight instead of HTML (as Next's `RSC: 1`). */
export const RSC_HEADER = "rsc";
export const FLIGHT_CONTENT_TYPE = "text/x-component";
