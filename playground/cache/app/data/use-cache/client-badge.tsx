"use client";
// A client component inside a cached result: its reference must survive the cache.
import { useState } from "react";

export function ClientBadge({ label }: { label: string }) {
  const [clicks, setClicks] = useState(0);
  return (
    <button data-testid="client-badge" onClick={() => setClicks(clicks + 1)}>
      {label} {clicks}
    </button>
  );
}
