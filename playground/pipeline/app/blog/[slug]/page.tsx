export default async function Post({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return <h1 data-testid="title">Post {slug}</h1>;
}
