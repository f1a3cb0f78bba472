export default async function FeedPhotoPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <h2 data-testid="feed-photo-page">Photo page {id}</h2>;
}
