export default async function Shop({ params }: { params: Promise<{ path?: string[] }> }) {
  const { path } = await params;
  return <h1 data-testid="shop-path">Shop: {path ? path.join("/") : "(all)"}</h1>;
}
