// Streams the Flight payload into the HTML response as inline scripts, so the
// browser hydrates without a second request. Scripts are only written between
// React's flushes, and the closing `</body></html>` is held back until the
// payload is complete.
import { INLINE_FLIGHT_GLOBAL } from "./inline-flight-protocol";

const DOCUMENT_END = "</body></html>";

/** Serialises a chunk so it cannot close the script tag or break out of it. */
function flightScript(chunk: string, nonce: string | undefined): string {
  const json = JSON.stringify(chunk).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
  const attr = nonce ? ` nonce="${nonce.replace(/"/g, "&quot;")}"` : "";
  return `<script${attr}>(self.${INLINE_FLIGHT_GLOBAL}||=[]).push(${json})</script>`;
}

/** Length of the longest suffix of `text` that is a prefix of `</body></html>`. */
function heldTailLength(text: string): number {
  for (let k = Math.min(DOCUMENT_END.length, text.length); k > 0; k--) {
    if (text.endsWith(DOCUMENT_END.slice(0, k))) return k;
  }
  return 0;
}

export function injectFlight(
  html: ReadableStream<Uint8Array>,
  flight: ReadableStream<Uint8Array>,
  nonce?: string,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const htmlDecoder = new TextDecoder();
  let pendingScripts = "";
  let heldEnd = "";
  let flushTimer: ReturnType<typeof setTimeout> | undefined;
  let controllerRef: TransformStreamDefaultController<Uint8Array> | undefined;

  const flightDone = (async () => {
    const decoder = new TextDecoder();
    const reader = flight.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      pendingScripts += flightScript(decoder.decode(value, { stream: true }), nonce);
    }
    const tail = decoder.decode();
    if (tail) pendingScripts += flightScript(tail, nonce);
  })();

  const writeScripts = () => {
    flushTimer = undefined;
    if (pendingScripts && controllerRef) {
      controllerRef.enqueue(encoder.encode(pendingScripts));
      pendingScripts = "";
    }
  };

  return html.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        controllerRef = controller;
        let text = heldEnd + htmlDecoder.decode(chunk, { stream: true });
        // React may split `</body></html>` across chunks: hold back any tail that
        // could be its beginning, so no script lands after the closing tags.
        const held = heldTailLength(text);
        heldEnd = text.slice(text.length - held);
        text = text.slice(0, text.length - held);
        if (text) controller.enqueue(encoder.encode(text));
        // React flushes in bursts within one task; write scripts after the burst.
        flushTimer ??= setTimeout(writeScripts, 0);
      },
      async flush(controller) {
        controllerRef = controller;
        if (flushTimer) clearTimeout(flushTimer);
        await flightDone;
        const rest = htmlDecoder.decode();
        const tail = rest + pendingScripts + heldEnd;
        if (tail) controller.enqueue(encoder.encode(tail));
        pendingScripts = "";
      },
    }),
  );
}
