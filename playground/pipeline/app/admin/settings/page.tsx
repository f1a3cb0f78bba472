export default function Settings() {
  return <h1 data-testid="title">Admin settings secrets</h1>;
}
