// Target of the next/form fixtures: shows the search params it was sent.
import Link from "next/link";

export default async function FormResults({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const params = await searchParams;
  return (
    <section>
      <h1 data-testid="form-results">q: {String(params.q ?? "")}</h1>
      <p data-testid="form-results-from">from: {String(params.from ?? "")}</p>
      <p data-testid="form-results-keys">{Object.keys(params).sort().join(",")}</p>
      <Link href="/client-modules/form" data-testid="to-form">back to the form</Link>
    </section>
  );
}
