export default async function SlowPage() {
  await new Promise((resolve) => setTimeout(resolve, 700));
  return <h1 data-testid="slow-content">Slow content arrived</h1>;
}
