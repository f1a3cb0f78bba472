export const metadata = { title: "Overview" };

export default function MetaPage() {
  return <h1 data-testid="meta-title">Metadata overview</h1>;
}
