export default async function Docs({ params }: { params: Promise<{ slug: string[] }> }) {
  const { slug } = await params;
  return <h1 data-testid="docs-slug">Docs: {slug.join(" / ")}</h1>;
}
