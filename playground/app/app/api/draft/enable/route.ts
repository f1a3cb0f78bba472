// Turns draft mode on: sets the __prerender_bypass cookie (Next:
// test/e2e/app-dir/draft-mode app/enable and app/enable-and-redirect).
import { draftMode } from "next/headers";
import { redirect } from "next/navigation";

export async function GET(request: Request) {
  (await draftMode()).enable();
  const to = new URL(request.url).searchParams.get("to");
  if (to?.startsWith("/") && !to.startsWith("//")) redirect(to);
  return new Response("Enabled in draft mode");
}
