export default function AnalyticsDefault() {
  return <p data-testid="analytics-default">Analytics default</p>;
}
