import { notFound } from "next/navigation";

export default async function Item({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (id === "missing") notFound();
  return <h2 data-testid="item">Item {id}</h2>;
}
