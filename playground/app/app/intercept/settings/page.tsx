export default function Settings() {
  return <h2 data-testid="settings-page">Settings page</h2>;
}
