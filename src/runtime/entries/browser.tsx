// Browser entry: hydrates the document from the Flight payload inlined in the HTML.
// instrumentation-client.ts runs first, before anything else loads or hydrates
// (https://nextjs.org/docs/app/api-reference/file-conventions/instrumentation-client).
import "virtual:vinext/instrumentation-client";
import { createFromReadableStream } from "@vitejs/plugin-rsc/browser";
import { hydrateRoot } from "react-dom/client";
import { isControlFlowError } from "../control-flow";
import type { FlightPayload } from "../flight-payload";
import { readInlineFlight } from "../client/inline-flight";
import { BrowserRouter } from "../client/router";
import { registerServerCallback } from "../client/server-callback";

registerServerCallback();
const initial = createFromReadableStream<FlightPayload>(readInlineFlight());
// After a form action ran without JavaScript, useActionState must hydrate with its result.
// (Flight's thenable does not chain: wrap it in a real promise.)
void Promise.resolve(initial)
  .then((payload) => payload.formState ?? null, () => null)
  .then((formState) =>
    hydrateRoot(document, <BrowserRouter initial={initial} />, {
      formState,
      // redirect() and notFound() reach the boundaries as errors; they are control flow, not failures to log.
      onCaughtError(error, info) {
        if (!isControlFlowError(error)) console.error(error, info.componentStack);
      },
    }),
  );
