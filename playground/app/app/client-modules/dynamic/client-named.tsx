"use client";
// A named export picked with `.then((m) => m.NamedButton)`.
export function NamedButton({ testId }: { testId: string }) {
  return <span data-testid={testId}>named export button</span>;
}

export default function NotThisOne() {
  return <span>default export (should not render)</span>;
}
