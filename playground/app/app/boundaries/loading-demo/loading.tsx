export default function Loading() {
  return <p data-testid="loading-ui">Loading the slow page…</p>;
}
