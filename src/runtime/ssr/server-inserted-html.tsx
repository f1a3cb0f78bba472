// The SSR side of useServerInsertedHTML: collects the callbacks client components
// register during one render and turns what they return into HTML. inject-flight
// calls `flush()` at each point where it writes into the stream, so the HTML
// lands before the content React rendered since the previous flush (Next does the
// same: test/e2e/app-dir/emotion-js, test/e2e/app-dir/ppr-full "server-html").
import { Fragment, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server.edge";
import { ServerInsertedHTMLContext, type ServerInsertedHTMLCallback } from "../client/server-inserted-html";

export interface ServerInsertedHTML {
  /** Wraps the SSR root so `useServerInsertedHTML` can register callbacks. */
  Provider: (props: { children: ReactNode }) => ReactNode;
  /** Calls every callback and returns their HTML ("" when there is none). */
  flush: () => string;
}

export function createServerInsertedHTML(): ServerInsertedHTML {
  // A Set: a component that renders again with the same callback adds it once.
  const callbacks = new Set<ServerInsertedHTMLCallback>();
  const add = (callback: ServerInsertedHTMLCallback) => void callbacks.add(callback);
  return {
    Provider: ({ children }) => <ServerInsertedHTMLContext.Provider value={add}>{children}</ServerInsertedHTMLContext.Provider>,
    flush() {
      if (callbacks.size === 0) return "";
      const nodes: ReactNode[] = [];
      for (const callback of callbacks) {
        try {
          const node = callback();
          if (node !== null && node !== undefined && node !== false && node !== "") nodes.push(node);
        } catch (error) {
          console.error("[vinext] A useServerInsertedHTML() callback threw; its HTML is left out of the response:", error);
        }
      }
      if (nodes.length === 0) return "";
      // A separate, synchronous render: it runs between React's flushes, never inside the page render.
      try {
        return renderToStaticMarkup(<>{nodes.map((node, i) => <Fragment key={i}>{node}</Fragment>)}</>);
      } catch (error) {
        console.error("[vinext] The HTML returned by useServerInsertedHTML() could not be rendered; it is left out of the response:", error);
        return "";
      }
    },
  };
}
