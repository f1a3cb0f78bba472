export default function SettingsPage() {
  return <h2 data-testid="settings-page">Dashboard settings</h2>;
}
