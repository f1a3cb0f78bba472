// A route handler with a dynamic segment: one file per generateStaticParams entry (out/feeds/news).
export function generateStaticParams() {
  return [{ id: "news" }, { id: "sports" }];
}

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return Response.json({ feed: (await params).id });
}
