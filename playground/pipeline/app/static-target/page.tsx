export default async function Target({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const { by } = await searchParams;
  return <h1 data-testid="title">Target by {by ?? "nobody"}</h1>;
}
