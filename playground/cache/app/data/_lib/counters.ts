// Counts how often cached functions really ran, and holds the origin of the
// test's HTTP server that fetch pages read from (set through /api/data/control).
type Globals = { __vinextDataCounts?: Record<string, number>; __vinextFetchOrigin?: string };

export function bump(name: string): number {
  const counts = ((globalThis as Globals).__vinextDataCounts ??= {});
  counts[name] = (counts[name] ?? 0) + 1;
  return counts[name];
}

export function counts(): Record<string, number> {
  return (globalThis as Globals).__vinextDataCounts ?? {};
}

export function fetchOrigin(): string | undefined {
  return (globalThis as Globals).__vinextFetchOrigin;
}

export function setFetchOrigin(origin: string): void {
  (globalThis as Globals).__vinextFetchOrigin = origin;
}
