// `(..)(..)`: two URL segments up from /intercept/deep/nested, so this catches
// /intercept/settings and replaces the nested page on soft navigation.
export default function SettingsIntercepted() {
  return <h2 data-testid="settings-intercepted">Settings (intercepted)</h2>;
}
