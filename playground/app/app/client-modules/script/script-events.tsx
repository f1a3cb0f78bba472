"use client";
// Client-side next/script callbacks: onLoad once per load, onReady on every
// mount, a shared src loaded once for several components (Next:
// test/e2e/app-dir/next-script/shared-src.test.ts), and onError.
import Script from "next/script";
import { useEffect, useState } from "react";

declare global {
  interface Window {
    __vinextOrder?: string[];
    __vinextOnLoad?: number;
    __vinextOnReady?: number;
    __vinextSharedLoads?: string[];
    __vinextScriptErrors?: number;
  }
}

/** Records "render" on its first browser render, between the beforeInteractive and afterInteractive scripts. */
export function OrderProbe() {
  if (typeof window !== "undefined") {
    const order = (window.__vinextOrder ??= []);
    if (!order.includes("render")) order.push("render");
  }
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return <span data-testid="script-order-probe" data-hydrated={hydrated ? "" : undefined} />;
}

export function ScriptEvents() {
  const [ready, setReady] = useState(0);
  const [shared, setShared] = useState<string[]>([]);
  const [failed, setFailed] = useState(false);
  return (
    <div>
      <Script
        id="once-script"
        src="/client-modules/once.js"
        onLoad={() => (window.__vinextOnLoad = (window.__vinextOnLoad ?? 0) + 1)}
        onReady={() => {
          window.__vinextOnReady = (window.__vinextOnReady ?? 0) + 1;
          setReady((n) => n + 1);
        }}
      />
      {["a", "b", "c"].map((name) => (
        <Script
          key={name}
          src="/client-modules/shared.js"
          onLoad={() => (window.__vinextSharedLoads ??= []).push(name)}
          onReady={() => setShared((list) => [...list, name])}
        />
      ))}
      <Script src="/client-modules/missing.js" onError={() => setFailed(true)} />
      <p data-testid="script-ready">ready on this mount: {ready}</p>
      <p data-testid="script-shared">shared ready: {shared.join(",")}</p>
      <p data-testid="script-error">{failed ? "onError fired" : "no error yet"}</p>
    </div>
  );
}
