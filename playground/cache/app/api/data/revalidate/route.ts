// Test hook: revalidateTag(?tag) expiring at once (the one-argument form), or
// with ?profile=max (stale while one request refreshes).
import { revalidateTag } from "next/cache";

export async function POST(request: Request) {
  const params = new URL(request.url).searchParams;
  const tag = params.get("tag");
  if (!tag) return Response.json({ error: "?tag= is required" }, { status: 400 });
  const profile = params.get("profile");
  if (profile) revalidateTag(tag, profile);
  else revalidateTag(tag);
  return Response.json({ revalidated: tag });
}
