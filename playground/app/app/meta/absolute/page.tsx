export const metadata = { title: { absolute: "Absolute title" } };

export default function AbsolutePage() {
  return <h1 data-testid="meta-absolute">Absolute</h1>;
}
