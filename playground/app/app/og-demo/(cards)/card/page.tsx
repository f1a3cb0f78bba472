export default function CardPage() {
  return <h1 data-testid="og-card">Card</h1>;
}
