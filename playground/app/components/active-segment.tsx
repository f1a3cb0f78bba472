"use client";
import { useSelectedLayoutSegment, useSelectedLayoutSegments } from "next/navigation";

export function ActiveSegment() {
  const segment = useSelectedLayoutSegment();
  const teamSegments = useSelectedLayoutSegments("team");
  return (
    <p data-testid="active-segment">
      children: {segment ?? "(none)"}; team: {teamSegments.join("/") || "(none)"}
    </p>
  );
}
