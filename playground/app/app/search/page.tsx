import Link from "next/link";
import { use } from "react";
import { ClientInfo } from "../../components/client-info";

type SearchParams = Promise<Record<string, string | string[]>>;

/** The same Promise read with use() in a non-async server component (Next 15+). */
function FilterEcho({ searchParams }: { searchParams: SearchParams }) {
  const { x } = use(searchParams);
  return <p data-testid="search-use">x: {[x ?? []].flat().join("+")}</p>;
}

export default async function Search({ searchParams }: { searchParams: SearchParams }) {
  const { q } = await searchParams;
  return (
    <section>
      <h1 data-testid="search-query">Results for: {String(q ?? "")}</h1>
      <Link href="/search?q=rsc" data-testid="search-rsc">
        Search rsc
      </Link>
      <FilterEcho searchParams={searchParams} />
      <ClientInfo />
    </section>
  );
}
