"use client";
// Loaded once the browser test releases the gate.
export default function Gated() {
  return <p data-testid="gated">gated component loaded</p>;
}
