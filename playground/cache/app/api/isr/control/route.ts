// Test hook: render counts, and switches for a failing page or a misbehaving store.
export const dynamic = "force-dynamic";

type Globals = { __vinextRenders?: Record<string, number>; __vinextFail?: boolean; __vinextChaos?: string };

export async function POST(request: Request) {
  const params = new URL(request.url).searchParams;
  const globals = globalThis as Globals;
  if (params.has("fail")) globals.__vinextFail = params.get("fail") === "1";
  if (params.has("chaos")) globals.__vinextChaos = params.get("chaos")!;
  return Response.json({ ok: true });
}

export async function GET() {
  return Response.json((globalThis as Globals).__vinextRenders ?? {});
}
