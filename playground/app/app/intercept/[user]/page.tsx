import Link from "next/link";

export default async function UserFeed({ params }: { params: Promise<{ user: string }> }) {
  const { user } = await params;
  return (
    <section>
      <h2 data-testid="user-feed">Feed for {user}</h2>
      {["1", "2"].map((id) => (
        <Link key={id} href={`/intercept/photo/${id}`} data-testid={`feed-photo-${id}`}>
          Photo {id}
        </Link>
      ))}
    </section>
  );
}
