// Listed paths are pre-rendered; others render on first request ('blocking') and are then stored.
export async function getStaticPaths() {
  return { paths: [{ params: { id: "one" } }], fallback: "blocking" };
}

export async function getStaticProps({ params }: { params: { id: string } }) {
  return { props: { id: params.id, stamp: `${Date.now()}-${Math.random().toString(36).slice(2, 8)}` } };
}

export default function GspItem({ id, stamp }: { id: string; stamp: string }) {
  return (
    <main>
      <h1 data-testid="id">{id}</h1>
      <span data-testid="stamp">{stamp}</span>
    </main>
  );
}
