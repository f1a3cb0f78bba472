"use client";
// The same ?url / ?raw imports in a client component: SSR and hydration must agree.
import markUrl from "./mark.svg?url";
import notes from "./notes.txt?raw";

export function ClientAssets() {
  return (
    <p>
      <span data-testid="client-url">{markUrl}</span>
      <span data-testid="client-raw">{notes}</span>
    </p>
  );
}
