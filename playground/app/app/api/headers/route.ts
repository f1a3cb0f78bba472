// next/headers headers() in a route handler (Next: app/hooks/headers).
import { headers } from "next/headers";

export async function GET() {
  const all = await headers();
  return Response.json({ ping: all.get("x-ping"), ua: all.get("user-agent") });
}
