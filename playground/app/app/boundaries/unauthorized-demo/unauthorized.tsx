export default function Unauthorized() {
  return <h2 data-testid="unauthorized-ui">Please sign in</h2>;
}
