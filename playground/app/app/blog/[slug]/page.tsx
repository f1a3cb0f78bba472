import { use } from "react";

export default function BlogPost({ params }: { params: Promise<{ slug: string }> }) {
  // Reading params with use(), as a Next 15+ server component may.
  const { slug } = use(params);
  return (
    <article>
      <h1 data-testid="blog-slug">Post: {slug}</h1>
    </article>
  );
}
