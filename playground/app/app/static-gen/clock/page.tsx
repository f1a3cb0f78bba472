// No dynamic API: rendered once at build time and then served as a file.
export default function BuildClock() {
  return <p data-testid="rendered-at">{new Date().toISOString()}</p>;
}
