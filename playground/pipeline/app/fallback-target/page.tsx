export default function Fallback() {
  return <h1 data-testid="title">Fallback target</h1>;
}
