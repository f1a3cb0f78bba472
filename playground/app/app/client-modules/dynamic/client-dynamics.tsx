"use client";
// next/dynamic from a Client Component: SSR'd lazy component, `ssr: false`
// with and without `loading`, a loader gated by the test, and a named export.
import dynamic from "next/dynamic";

declare global {
  interface Window {
    __vinextReleaseGated?: () => void;
  }
}

const ClientLazy = dynamic(() => import("./client-text"));
const BrowserOnly = dynamic(() => import("./browser-only"), {
  ssr: false,
  loading: () => <p data-testid="browser-only-loading">Loading browser-only component…</p>,
});
const BrowserOnlyBare = dynamic(() => import("./browser-only").then((m) => m.BareBrowserOnly), { ssr: false });
// Loads only when the test calls window.__vinextReleaseGated(), so it can see `loading` first.
const Gated = dynamic(
  () => new Promise<void>((resolve) => (window.__vinextReleaseGated = resolve)).then(() => import("./gated")),
  { ssr: false, loading: () => <p data-testid="gated-loading">Loading gated component…</p> },
);
const NamedOnClient = dynamic(() => import("./client-named").then((m) => m.NamedButton));

export function ClientDynamics() {
  return (
    <div data-marker="vinext-marker:client-dynamics">
      <ClientLazy testId="client-dynamic" label="dynamic on client" />
      <BrowserOnly />
      <BrowserOnlyBare />
      <Gated />
      <NamedOnClient testId="client-named" />
    </div>
  );
}
