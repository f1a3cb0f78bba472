// Turns a Flight stream into streamed HTML with the payload embedded for hydration.
import { createFromReadableStream } from "@vitejs/plugin-rsc/ssr";
import type { ReactFormState } from "react-dom/client";
import { renderToReadableStream } from "react-dom/server.edge";
import { AppRoot } from "../client/app-root";
import type { FlightPayload } from "../flight-payload";
import { injectFlight } from "./inject-flight";
import { createServerInsertedHTML } from "./server-inserted-html";

export async function renderHtml(
  flight: ReadableStream<Uint8Array>,
  // formState: useActionState's result after a form action ran without JavaScript.
  options: { nonce?: string; formState?: ReactFormState | null },
): Promise<ReadableStream<Uint8Array>> {
  const [forSsr, forBrowser] = flight.tee();
  let payload: Promise<FlightPayload> | undefined;
  // useServerInsertedHTML: callbacks registered while rendering, flushed into the stream by injectFlight.
  const inserted = createServerInsertedHTML();
  function SsrRoot() {
    // Created during render so React DOM's preload/preinit hints are collected.
    payload ??= createFromReadableStream<FlightPayload>(forSsr);
    return (
      <inserted.Provider>
        <AppRoot payload={payload} />
      </inserted.Provider>
    );
  }
  const bootstrapScriptContent = await import.meta.viteRsc.loadBootstrapScriptContent("index");
  const html = await renderToReadableStream(<SsrRoot />, {
    bootstrapScriptContent,
    nonce: options.nonce,
    formState: options.formState ?? undefined,
    // Errors from Flight carry the digest the rsc environment already logged (with
    // the real message); log only errors that started in SSR itself.
    onError(error: unknown) {
      if (error && typeof error === "object" && "digest" in error) return String(error.digest);
      console.error("[vinext] Error during SSR:", error);
      return undefined;
    },
  });
  return injectFlight(html, forBrowser, options.nonce, inserted.flush);
}
