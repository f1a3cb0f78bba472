// Fetches of each kind a fetchCache page is tested with; the test server counts
// hits per path, so a value that stays the same across requests came from the data cache.
import { fetchOrigin } from "../_lib/counters";

export type ProbeKind = "plain" | "no-store" | "force-cache" | "revalidate";

const INIT: Record<ProbeKind, RequestInit & { next?: { revalidate?: number } }> = {
  plain: {},
  "no-store": { cache: "no-store" },
  "force-cache": { cache: "force-cache" },
  revalidate: { next: { revalidate: 300 } },
};

async function hits(path: string, kind: ProbeKind): Promise<string> {
  const origin = fetchOrigin();
  if (!origin) return "no origin";
  const res = await fetch(`${origin}${path}/${kind}`, INIT[kind]);
  return String(((await res.json()) as { hits: number }).hits);
}

export async function Probes({ path, kinds }: { path: string; kinds: ProbeKind[] }) {
  const values = await Promise.all(kinds.map((kind) => hits(path, kind)));
  return (
    <main>
      {kinds.map((kind, i) => (
        <p key={kind} data-testid={kind}>
          {values[i]}
        </p>
      ))}
    </main>
  );
}
