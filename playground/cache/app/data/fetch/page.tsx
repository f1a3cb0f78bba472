// fetch and the data cache, rendered per request so each request reads the
// cache: next.revalidate + tags, force-cache, the uncached default, no-store,
// and two identical GETs memoised into one (the test server counts its hits).
import { fetchOrigin } from "../_lib/counters";

export const dynamic = "force-dynamic";

async function hits(path: string, init?: RequestInit & { next?: { revalidate?: number | false; tags?: string[] } }): Promise<string> {
  const origin = fetchOrigin();
  if (!origin) return "no origin";
  const res = await fetch(`${origin}${path}`, init);
  const body = (await res.json()) as { hits: number };
  return String(body.hits);
}

async function Dedup({ id }: { id: string }) {
  return <span data-testid={`dedup-${id}`}>{await hits("/dedup")}</span>;
}

export default async function FetchPage() {
  const [revalidated, forced, plain, noStore] = await Promise.all([
    hits("/revalidate", { next: { revalidate: 2, tags: ["data-fetch"] } }),
    hits("/force", { cache: "force-cache", next: { tags: ["data-force"] } }),
    hits("/plain"),
    hits("/no-store", { cache: "no-store" }),
  ]);
  return (
    <main>
      <p data-testid="revalidate">{revalidated}</p>
      <p data-testid="force">{forced}</p>
      <p data-testid="plain">{plain}</p>
      <p data-testid="no-store">{noStore}</p>
      <Dedup id="a" />
      <Dedup id="b" />
    </main>
  );
}
