"use client";
// Rendered only in the browser (`ssr: false`): reading `navigator` here would
// fail on the server. Its text must never appear in the server HTML.
export default function BrowserOnly() {
  return <p data-testid="browser-only">vinext-marker:browser-only ({typeof navigator === "undefined" ? "no navigator" : "has navigator"})</p>;
}

export function BareBrowserOnly() {
  return <p data-testid="browser-only-bare">bare browser-only ({navigator.language ? "has language" : "no language"})</p>;
}
