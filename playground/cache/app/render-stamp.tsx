// Shows when and in which render a page was produced: tests compare stamps to
// tell a cached page from a fresh one.
export function RenderStamp({ id }: { id: string }) {
  const counts = ((globalThis as { __vinextRenders?: Record<string, number> }).__vinextRenders ??= {});
  counts[id] = (counts[id] ?? 0) + 1;
  return (
    <p>
      <span data-testid="stamp">{`${Date.now()}-${Math.random().toString(36).slice(2, 8)}`}</span>
      <span data-testid="render-count">{counts[id]}</span>
    </p>
  );
}
