// Test hook: GET = how often each cached function ran; POST ?origin= = where fetch pages fetch from.
import { counts, setFetchOrigin } from "../../../data/_lib/counters";

export const dynamic = "force-dynamic";

export async function GET() {
  return Response.json(counts());
}

export async function POST(request: Request) {
  const origin = new URL(request.url).searchParams.get("origin");
  if (origin) setFetchOrigin(origin);
  return Response.json({ ok: true });
}
