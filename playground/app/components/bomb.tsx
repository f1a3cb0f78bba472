"use client";
import { useState } from "react";

export function Bomb() {
  const [exploded, setExploded] = useState(false);
  if (exploded) throw new Error("boom in the browser");
  return (
    <button type="button" data-testid="bomb" onClick={() => setExploded(true)}>
      explode
    </button>
  );
}
