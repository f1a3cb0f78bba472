// Reads the Flight payload that SSR streamed into the HTML as inline scripts
// (see ssr/inject-flight) back into a stream for hydration.
import { INLINE_FLIGHT_GLOBAL } from "../ssr/inline-flight-protocol";

type FlightQueue = string[] & { push: (...chunks: string[]) => number };

export function readInlineFlight(): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const globals = globalThis as unknown as Record<string, FlightQueue | undefined>;
  const queue = (globals[INLINE_FLIGHT_GLOBAL] ??= [] as unknown as FlightQueue);
  return new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of queue) controller.enqueue(encoder.encode(chunk));
      // Chunks that arrive while the document is still streaming go straight to React.
      queue.push = (...chunks: string[]) => {
        for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
        return 0;
      };
      const close = () => controller.close();
      if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", close, { once: true });
      else close();
    },
  });
}
