export default function DashboardPage() {
  return <h2 data-testid="dashboard-page">Dashboard overview</h2>;
}
