export default function HybridStatic() {
  return <p data-testid="hybrid-app">app/hybrid/static wins over pages/hybrid/[id]</p>;
}
