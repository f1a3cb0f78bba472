// Exported once per generateStaticParams entry; other slugs are the 404 page.
export function generateStaticParams() {
  return [{ slug: "first" }, { slug: "second" }];
}

export default async function Post({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return (
    <main>
      <h1 data-testid="title">Post {slug}</h1>
    </main>
  );
}
