// Streams the Flight payload into the HTML response as inline scripts, so the
// browser hydrates without a second request, and writes the HTML of
// useServerInsertedHTML callbacks (server-inserted-html.tsx). React flushes in
// bursts within one task: each burst is held until the task ends, then written
// as [inserted HTML][the burst][Flight scripts]. Inserted HTML goes before
// `</head>` until the head is written, and before the burst after that, so it
// always precedes the content that needed it (as Next's head-insertion stream).
// The closing `</body></html>` is held back until the payload is complete.
import { INLINE_FLIGHT_GLOBAL } from "./inline-flight-protocol";

const DOCUMENT_END = "</body></html>";
const HEAD_END = "</head>";

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

/**
 * @param insertedHtml returns the HTML to write before the next piece of React's
 *   output ("" for none); called once per burst and once at the end.
 */
export function injectFlight(
  html: ReadableStream<Uint8Array>,
  flight: ReadableStream<Uint8Array>,
  nonce?: string,
  insertedHtml: () => string = () => "",
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const htmlDecoder = new TextDecoder();
  let pendingScripts = "";
  let burst = "";
  let heldEnd = "";
  let headWritten = false;
  /** Inserted HTML waiting for `</head>`. */
  let waiting = "";
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

  /** `text` with the inserted HTML placed before it, or before its `</head>` while the head is open. */
  const withInserted = (text: string): string => {
    const extra = waiting + insertedHtml();
    waiting = "";
    if (headWritten) return extra + text;
    const at = text.indexOf(HEAD_END);
    if (at === -1) {
      waiting = extra;
      return text;
    }
    headWritten = true;
    return text.slice(0, at) + extra + text.slice(at);
  };

  const writeBurst = () => {
    flushTimer = undefined;
    if (!controllerRef) return;
    const out = withInserted(burst) + pendingScripts;
    burst = "";
    pendingScripts = "";
    if (!out) return;
    try {
      controllerRef.enqueue(encoder.encode(out));
    } catch {
      // The client went away (the stream was cancelled): nothing more to write.
      controllerRef = undefined;
    }
  };

  return html.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        controllerRef = controller;
        const text = heldEnd + htmlDecoder.decode(chunk, { stream: true });
        // React may split `</body></html>` across chunks: hold back any tail that
        // could be its beginning, so no script lands after the closing tags.
        const held = heldTailLength(text);
        heldEnd = text.slice(text.length - held);
        burst += text.slice(0, text.length - held);
        flushTimer ??= setTimeout(writeBurst, 0);
      },
      async flush(controller) {
        controllerRef = controller;
        if (flushTimer) clearTimeout(flushTimer);
        flushTimer = undefined;
        await flightDone;
        // A document without `</head>` still gets its inserted HTML, before the end.
        const body = withInserted(burst + htmlDecoder.decode()) + waiting;
        const tail = body + pendingScripts + heldEnd;
        if (tail) controller.enqueue(encoder.encode(tail));
        burst = pendingScripts = waiting = "";
      },
    }),
  );
}
