export default function Pricing() {
  return <h1 data-testid="pricing-title">Pricing (in a route group)</h1>;
}
