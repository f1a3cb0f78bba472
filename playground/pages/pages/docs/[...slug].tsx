export async function getServerSideProps({ params, query }: { params: { slug: string[] }; query: Record<string, unknown> }) {
  return { props: { slug: params.slug, query } };
}

export default function Docs({ slug, query }: { slug: string[]; query: Record<string, unknown> }) {
  return (
    <main>
      <p data-testid="docs-slug">{slug.join("/")}</p>
      <p data-testid="docs-query">{JSON.stringify(query)}</p>
    </main>
  );
}
