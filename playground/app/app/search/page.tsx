import Link from "next/link";
import { ClientInfo } from "../../components/client-info";

export default async function Search({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const { q } = await searchParams;
  return (
    <section>
      <h1 data-testid="search-query">Results for: {String(q ?? "")}</h1>
      <Link href="/search?q=rsc" data-testid="search-rsc">
        Search rsc
      </Link>
      <ClientInfo />
    </section>
  );
}
