// force-dynamic: rendered on every request.
export const dynamic = "force-dynamic";

export default function RequestClock() {
  return <p data-testid="rendered-at">{new Date().toISOString()}</p>;
}
