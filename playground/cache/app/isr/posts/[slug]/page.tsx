// generateStaticParams paths are pre-rendered; others are rendered on first
// request and then cached (dynamicParams defaults to true).
import { RenderStamp } from "../../../render-stamp";

export function generateStaticParams() {
  return [{ slug: "first" }];
}

export default async function Post({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return (
    <main>
      <h1 data-testid="slug">{slug}</h1>
      <RenderStamp id={`post-${slug}`} />
    </main>
  );
}
