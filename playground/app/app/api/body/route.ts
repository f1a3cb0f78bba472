// Request bodies (Next: app/advanced/body/{json,text}): ?as=json|text|form.
import { NextResponse, type NextRequest } from "next/server";

export async function POST(request: NextRequest) {
  const as = request.nextUrl.searchParams.get("as");
  if (as === "json") return NextResponse.json({ received: await request.json() });
  if (as === "form") {
    const form = await request.formData();
    const file = form.get("file");
    return NextResponse.json({
      name: form.get("name"),
      tags: form.getAll("tag"),
      file: file instanceof Blob ? { size: file.size, text: await file.text() } : null,
    });
  }
  return new Response(`text: ${await request.text()}`);
}

export async function DELETE(request: NextRequest) {
  const body = await request.json();
  return new Response(`delete ${body.name}`);
}
