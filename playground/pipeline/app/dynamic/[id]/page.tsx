export default async function Dynamic({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <h1 data-testid="title">Dynamic {id}</h1>;
}
