import { useRouter } from "next/router";

// fallback: true — unknown ids get the fallback page first, then their data (Next: test/e2e/prerender).
export async function getStaticPaths() {
  return { paths: [{ params: { id: "first" } }], fallback: true };
}

export async function getStaticProps({ params }: { params: { id: string } }) {
  if (params.id === "missing") return { notFound: true };
  await new Promise((resolve) => setTimeout(resolve, params.id === "first" ? 0 : 300));
  return { props: { id: params.id, source: "getStaticProps" } };
}

export default function Fallback({ id, source }: { id?: string; source?: string }) {
  const router = useRouter();
  if (router.isFallback) return <p data-testid="fallback-loading">Loading fallback…</p>;
  return (
    <main>
      <p data-testid="fallback-id">{id}</p>
      <p data-testid="fallback-source">{source}</p>
    </main>
  );
}
