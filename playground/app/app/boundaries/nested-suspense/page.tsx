import { Suspense } from "react";

// Rendered per request (not pre-rendered at build), like the dynamic fixtures Next uses for this.
export const dynamic = "force-dynamic";

async function Delayed({ ms, label }: { ms: number; label: string }) {
  await new Promise((resolve) => setTimeout(resolve, ms));
  return <p data-testid={`delayed-${label}`}>{label} after {ms}ms</p>;
}

export default function NestedSuspense() {
  return (
    <section>
      <h1 data-testid="nested-shell">Shell first</h1>
      <Suspense fallback={<p data-testid="fallback-slow">waiting for slow</p>}>
        <Delayed ms={900} label="slow" />
      </Suspense>
      <Suspense fallback={<p data-testid="fallback-fast">waiting for fast</p>}>
        <Delayed ms={200} label="fast" />
      </Suspense>
    </section>
  );
}
