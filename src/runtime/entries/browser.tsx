// Browser entry: hydrates the document from the Flight payload inlined in the HTML.
import { createFromReadableStream } from "@vitejs/plugin-rsc/browser";
import { hydrateRoot } from "react-dom/client";
import type { FlightPayload } from "../flight-payload";
import { readInlineFlight } from "../client/inline-flight";
import { BrowserRouter } from "../client/router";

const initial = createFromReadableStream<FlightPayload>(readInlineFlight());
hydrateRoot(document, <BrowserRouter initial={initial} />);
