export default function HybridPage() {
  return <p data-testid="hybrid-pages">pages/hybrid/[id]</p>;
}
