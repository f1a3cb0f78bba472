import "../styles/global.css";
import type { AppProps } from "next/app";
import Router from "next/router";
import { useState } from "react";
import { Nav } from "../components/nav";

// Router.events from module scope, as apps do for progress bars (Next: test/integration/router-events... client-navigation).
if (typeof window !== "undefined") {
  const log: string[] = ((window as unknown as { __routerEvents: string[] }).__routerEvents = []);
  for (const event of ["routeChangeStart", "beforeHistoryChange", "routeChangeComplete", "routeChangeError", "hashChangeStart", "hashChangeComplete"]) {
    Router.events.on(event, (url: unknown) => log.push(`${event}:${typeof url === "string" ? url : "error"}`));
  }
}

export default function MyApp({ Component, pageProps }: AppProps) {
  const [count, setCount] = useState(0);
  return (
    <div id="app-shell">
      <Nav />
      <button data-testid="app-counter" onClick={() => setCount((c) => c + 1)}>
        app count: {count}
      </button>
      <Component {...pageProps} />
    </div>
  );
}
