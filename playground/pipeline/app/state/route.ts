// Counters kept by middleware.ts and instrumentation.ts in this server instance.
export const dynamic = "force-dynamic";

export function GET() {
  const state = globalThis as { __pipeline?: Record<string, unknown> };
  return Response.json(state.__pipeline ?? {});
}
