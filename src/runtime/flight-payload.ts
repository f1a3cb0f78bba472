// The value the rsc environment serialises with Flight and the ssr/browser
// environments read back. Shared type only.
import type { ReactNode } from "react";
import type { ReactFormState } from "react-dom/client";
import type { Params } from "./routing/match";

/**
 * What a Server Action called from the client produced. `data` is the return
 * value, or (when `ok` is false) a rejected promise Flight sends as an error
 * carrying only its digest in production.
 */
export interface ActionReturnValue {
  ok: boolean;
  data: unknown;
}

export interface FlightPayload {
  /** The whole document tree (`<html>` from the root layout down to the page). */
  root: ReactNode;
  /** Pathname and search of the rendered URL, as the browser should show it. */
  url: string;
  /** Dynamic params of the matched route (empty for 404). */
  params: Params;
  /**
   * Set when an intercepting route answered: the page (browser pathname) it was
   * rendered over. The client sends it as `next-url` while this payload is shown,
   * so the next navigation from the modal is intercepted too, as Next's router
   * keeps `nextUrl` (test/e2e/app-dir/parallel-routes-and-interception, photo 1 → photo 2).
   */
  interceptedFrom?: string;
  /** Set on the answer to a Server Action called from the client. */
  returnValue?: ActionReturnValue;
  /** useActionState's state after a form action submitted without JavaScript (hydrateRoot needs it). */
  formState?: ReactFormState | null;
}

/** The answer to a client Server Action call that revalidated nothing: the return value only. */
export type ActionFlightPayload = FlightPayload | { returnValue: ActionReturnValue };

/** Request header the client router sends to ask for Flight instead of HTML (as Next's `RSC: 1`). */
export const RSC_HEADER = "rsc";
export const FLIGHT_CONTENT_TYPE = "text/x-component";
/** Request header carrying the id of a Server Action called from the client (Next's `Next-Action`). */
export const ACTION_HEADER = "next-action";
/** Response header telling the client where a Server Action's redirect() points: `<url>;<push|replace>`. */
export const ACTION_REDIRECT_HEADER = "x-action-redirect";
