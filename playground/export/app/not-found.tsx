export default function NotFound() {
  return <h1 data-testid="title">Custom not found page</h1>;
}
