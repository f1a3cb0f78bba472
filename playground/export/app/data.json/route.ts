// A GET route handler is written as a static file: out/data.json.
export function GET() {
  return Response.json({ name: "vinext", exported: true });
}
