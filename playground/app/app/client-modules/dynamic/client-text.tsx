"use client";
// A Client Component loaded through next/dynamic, from server and client files.
import { useState } from "react";

export default function ClientText({ testId, label }: { testId: string; label: string }) {
  const [clicks, setClicks] = useState(0);
  return (
    <button type="button" data-testid={testId} onClick={() => setClicks((n) => n + 1)}>
      {label} (clicks: {clicks})
    </button>
  );
}
