export default async function PhotoPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <h2 data-testid="photo-page">Photo page {id}</h2>;
}
