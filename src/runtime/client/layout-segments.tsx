"use client";
// Gives useSelectedLayoutSegment(s) the active segments below the nearest layout,
// per slot ("children" and each @name). Rendered by the server tree around each layout.
import type { ReactNode } from "react";
import { LayoutSegmentsContext } from "./contexts";

export function LayoutSegmentsProvider({ value, children }: { value: Record<string, string[]>; children?: ReactNode }) {
  return <LayoutSegmentsContext.Provider value={value}>{children}</LayoutSegmentsContext.Provider>;
}
