export default function AnalyticsLoading() {
  return <p data-testid="analytics-loading">Loading analytics…</p>;
}
