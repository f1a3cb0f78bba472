export default async function OgSlugPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return <h1 data-testid="og-slug">{slug}</h1>;
}
