// A route handler's own `fetchCache` governs its fetches: with "default-cache" a
// fetch without options is cached, one with `cache: "no-store"` is not.
// Docs: route-segment-config#fetchcache (route handlers take segment config too).
import { fetchOrigin } from "../../../data/_lib/counters";

export const fetchCache = "default-cache";
export const dynamic = "force-dynamic";

async function hits(path: string, init?: RequestInit): Promise<number> {
  const res = await fetch(`${fetchOrigin()}${path}`, init);
  return ((await res.json()) as { hits: number }).hits;
}

export async function GET() {
  if (!fetchOrigin()) return Response.json({ error: "no origin" }, { status: 503 });
  return Response.json({ plain: await hits("/fc-route/plain"), noStore: await hits("/fc-route/no-store", { cache: "no-store" }) });
}
