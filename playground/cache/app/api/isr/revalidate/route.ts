// Test hook: revalidatePath(?path, ?type) or revalidateTag(?tag, ?profile).
import { revalidatePath, revalidateTag } from "next/cache";

export async function POST(request: Request) {
  const params = new URL(request.url).searchParams;
  const path = params.get("path");
  const tag = params.get("tag");
  if (path) revalidatePath(path, (params.get("type") as "page" | "layout" | null) ?? undefined);
  if (tag) revalidateTag(tag, params.get("profile") ?? "max");
  return Response.json({ revalidated: true, path, tag });
}
