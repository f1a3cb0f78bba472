// after(): POST schedules work that runs once the response is sent; GET reads
// what ran (module state: one process on Node, one isolate in workerd).
import { headers } from "next/headers";
import { after } from "next/server";

const ran: string[] = [];

export async function POST(request: Request) {
  const id = new URL(request.url).searchParams.get("id") ?? "?";
  after(async () => {
    ran.push(`${id}:callback:${(await headers()).get("x-after") ?? "no-header"}`);
  });
  after(Promise.resolve().then(() => ran.push(`${id}:promise`)));
  after(() => {
    throw new Error("after task failure is logged, not fatal");
  });
  ran.push(`${id}:handler`);
  return Response.json({ scheduled: id, ranAtResponse: ran.filter((entry) => entry.startsWith(`${id}:`)) });
}

export function GET() {
  return Response.json(ran);
}
