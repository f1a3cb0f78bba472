import Link from "next/link";

// `(..)`: one URL segment up from /intercept/[user] (the @modal folder does not count),
// so this catches /intercept/photo/[id] — a URL outside the layout that shows it.
export default async function FeedPhotoModal({ params }: { params: Promise<{ id: string; user: string }> }) {
  const { id, user } = await params;
  return (
    <div role="dialog" data-testid="feed-photo-modal">
      Photo modal {id} over {user} <Link href={`/intercept/photo/${Number(id) + 1}`} data-testid="feed-photo-next">Next photo</Link>
    </div>
  );
}
