// Turns draft mode off: expires the bypass cookie (Next: test/e2e/app-dir/draft-mode app/disable).
import { draftMode } from "next/headers";

export async function GET() {
  (await draftMode()).disable();
  return new Response("Disabled in draft mode");
}
