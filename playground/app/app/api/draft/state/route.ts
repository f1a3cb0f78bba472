// Reports draft mode from a route handler (Next: test/e2e/app-dir/draft-mode app/state).
import { draftMode } from "next/headers";

export async function GET() {
  const { isEnabled } = await draftMode();
  return new Response(isEnabled ? "ENABLED" : "DISABLED");
}
