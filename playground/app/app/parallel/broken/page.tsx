// Rendered per request: its @team slot fails on purpose (a failing page cannot be
// pre-rendered; segment config of slot pages is not read for pre-rendering yet).
export const dynamic = "force-dynamic";

export default function ParallelBroken() {
  return <h2 data-testid="parallel-page">Parallel broken slot</h2>;
}
