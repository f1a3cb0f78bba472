export const dynamic = "force-static";

export default async function ForceStaticPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  return (
    <>
      <p data-testid="force-static-search">{JSON.stringify(await searchParams)}</p>
      <p data-testid="rendered-at">{new Date().toISOString()}</p>
    </>
  );
}
