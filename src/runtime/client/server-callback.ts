// Browser side of Server Actions: React calls this for every Server Function
// call after hydration (form actions, useActionState, direct calls). It POSTs
// the encoded arguments to the current URL with the action id; the answer is
// Flight holding the return value and, when the action revalidated, the
// re-rendered page, which replaces the current one in the same round trip.
// A redirect() comes back as a header and becomes a client navigation.
// Calls run one at a time, in order, as Next's client dispatches them
// (docs: "the client currently dispatches and awaits them one at a time").
import { createFromFetch, createTemporaryReferenceSet, encodeReply, setServerCallback } from "@vitejs/plugin-rsc/browser";
import { ACTION_HEADER, ACTION_REDIRECT_HEADER, FLIGHT_CONTENT_TYPE, RSC_HEADER, type ActionFlightPayload } from "../flight-payload";
import { applyActionResult } from "./router";

/** Installs the callback React uses for Server Function calls; call before hydrating. */
export function registerServerCallback(): void {
  setServerCallback(enqueue);
}

let queue: Promise<unknown> = Promise.resolve();

function enqueue(id: string, args: unknown[]): Promise<unknown> {
  const call = queue.then(() => callServer(id, args));
  queue = call.catch(() => {});
  return call;
}

async function callServer(id: string, args: unknown[]): Promise<unknown> {
  const temporaryReferences = createTemporaryReferenceSet();
  const body = await encodeReply(args, { temporaryReferences });
  const from = window.location.pathname + window.location.search;
  const response = await fetch(from, {
    method: "POST",
    headers: { [ACTION_HEADER]: id, [RSC_HEADER]: "1", accept: FLIGHT_CONTENT_TYPE },
    body,
    credentials: "same-origin",
  });
  const redirect = response.headers.get(ACTION_REDIRECT_HEADER);
  if (redirect !== null) {
    const split = redirect.lastIndexOf(";");
    const mode = redirect.slice(split + 1) === "replace" ? "replace" : "push";
    applyActionResult({ redirect: redirect.slice(0, split), mode });
    return undefined;
  }
  if (!response.headers.get("content-type")?.startsWith(FLIGHT_CONTENT_TYPE)) {
    throw new Error(
      response.status === 404
        ? `[vinext] Server Action "${id}" was not found on the server. This page may come from an older or newer deployment: reload it.`
        : `[vinext] Server Action "${id}" failed: the server answered ${response.status} ${response.statusText}.`,
    );
  }
  const payload = await createFromFetch<ActionFlightPayload>(Promise.resolve(response), { temporaryReferences });
  // A page rendered for a URL the user has since left would be stale (Next discards it too).
  if ("url" in payload && window.location.pathname + window.location.search === from) applyActionResult({ payload });
  // data is the return value, or a rejected promise carrying the action's error.
  if (!payload.returnValue) throw new Error(`[vinext] Server Action "${id}": the answer carried no return value.`);
  return payload.returnValue.data;
}
