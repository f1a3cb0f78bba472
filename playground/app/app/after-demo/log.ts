// What after() callbacks of the after-demo page and its action recorded, and what
// had run by the time each response was created (module state: one process on
// Node, one isolate in workerd). Read through ./log/route.ts.
const entries: string[] = [];

export function record(entry: string): void {
  entries.push(entry);
}

export function entriesFor(id: string): string[] {
  return entries.filter((entry) => entry.startsWith(`${id}:`));
}
