"use client";
import { useState } from "react";

// Kept across client navigations: a document reload would reset it.
export function Counter() {
  const [count, setCount] = useState(0);
  return (
    <button data-testid="counter" onClick={() => setCount((c) => c + 1)}>
      clicked {count}
    </button>
  );
}
