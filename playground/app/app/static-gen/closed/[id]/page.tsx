// dynamicParams = false: only the generated params exist; anything else is 404.
export const dynamicParams = false;

export async function generateStaticParams() {
  return [{ id: "one" }];
}

export default async function Closed({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <h2 data-testid="closed-post">Closed set: {id}</h2>;
}
