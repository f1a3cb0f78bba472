"use client";
// A parallel route slot in the browser. On a soft navigation that does not match
// the slot, Next keeps what the slot showed; on a hard load it shows default.tsx
// (which the server already rendered as `children`). Each render's decision is
// remembered per server render, so back/forward restores exactly what was shown.
import type { ReactNode } from "react";

const shown = new Map<string, ReactNode>();
const decided = new Map<string, ReactNode>();
const MAX_DECISIONS = 500;

export function ParallelSlot({ id, matched, renderId, children }: { id: string; matched: boolean; renderId: string; children?: ReactNode }) {
  // The server renders every request on its own: no memory across requests there.
  if (typeof window === "undefined") return children;
  const key = `${renderId}:${id}`;
  let content = decided.get(key);
  if (content === undefined && !decided.has(key)) {
    content = matched || !shown.has(id) ? children : shown.get(id);
    decided.set(key, content);
    if (decided.size > MAX_DECISIONS) decided.delete(decided.keys().next().value!);
  }
  shown.set(id, content);
  return content;
}
