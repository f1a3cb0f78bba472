type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[]>> };

// generateMetadata receives params, searchParams and the parent's resolved metadata.
export async function generateMetadata({ params, searchParams }: Props, parent: Promise<{ keywords: string[] | null; openGraph: { images?: { url: string | URL }[] } | null }>) {
  const { slug } = await params;
  const { q } = await searchParams;
  const resolved = await parent;
  return {
    title: `Post ${slug}`,
    description: q ? `Results for ${q}` : undefined,
    keywords: [...(resolved.keywords ?? []), slug],
    openGraph: { title: `Post ${slug}`, images: ["/covers/default.png", ...(resolved.openGraph?.images ?? [])] },
  };
}

export default async function SlugPage({ params }: Props) {
  const { slug } = await params;
  return <h1 data-testid="meta-slug">Post {slug}</h1>;
}
