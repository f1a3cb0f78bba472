// Browser entry: hydrates the document from the Flight payload inlined in the HTML.
import { createFromReadableStream } from "@vitejs/plugin-rsc/browser";
import { hydrateRoot } from "react-dom/client";
import { isControlFlowError } from "../control-flow";
import type { FlightPayload } from "../flight-payload";
import { readInlineFlight } from "../client/inline-flight";
import { BrowserRouter } from "../client/router";

const initial = createFromReadableStream<FlightPayload>(readInlineFlight());
hydrateRoot(document, <BrowserRouter initial={initial} />, {
  // redirect() and notFound() reach the boundaries as errors; they are control flow, not failures to log.
  onCaughtError(error, info) {
    if (!isControlFlowError(error)) console.error(error, info.componentStack);
  },
});
