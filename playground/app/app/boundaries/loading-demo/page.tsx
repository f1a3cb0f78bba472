
// Rendered per request (not pre-rendered at build), like the dynamic fixtures Next uses for this.
export const dynamic = "force-dynamic";
export default async function SlowPage() {
  await new Promise((resolve) => setTimeout(resolve, 700));
  return <h1 data-testid="slow-content">Slow content arrived</h1>;
}
