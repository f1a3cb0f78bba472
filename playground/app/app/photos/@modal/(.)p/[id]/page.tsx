// Intercepts /photos/p/[id] on client navigations from the gallery: the photo
// opens as a modal over the gallery; a reload shows the full photo page.
export default async function PhotoModal({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <div role="dialog" data-testid="photo-modal">
      Modal photo {id}
    </div>
  );
}
