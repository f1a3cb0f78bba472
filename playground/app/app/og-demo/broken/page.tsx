export default function BrokenImagePage() {
  return <h1 data-testid="og-broken">The icon of this page fails to draw</h1>;
}
