export const metadata = { title: "Nested", openGraph: { title: "Nested page" } };

export default function NestedPage() {
  return <h1 data-testid="meta-nested">Nested</h1>;
}
