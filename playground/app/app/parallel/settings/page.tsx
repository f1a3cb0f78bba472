export default function ParallelSettings() {
  return <h2 data-testid="parallel-page">Parallel settings</h2>;
}
