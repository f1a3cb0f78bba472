export default function ParallelHome() {
  return <h2 data-testid="parallel-page">Parallel home</h2>;
}
