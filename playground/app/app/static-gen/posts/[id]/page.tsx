// generateStaticParams: these params are pre-rendered at build time (●); others
// still render on request (dynamicParams defaults to true).
export function generateStaticParams() {
  return [{ id: "alpha" }, { id: "beta" }];
}

export default async function Post({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <article>
      <h2 data-testid="static-post">Static post {id}</h2>
      <p data-testid="rendered-at">{new Date().toISOString()}</p>
    </article>
  );
}
