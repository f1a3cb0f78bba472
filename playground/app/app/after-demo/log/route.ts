// GET /after-demo/log?id=… → the after-demo entries recorded for that id.
import { entriesFor } from "../log";

export function GET(request: Request) {
  const id = new URL(request.url).searchParams.get("id") ?? "";
  return Response.json(entriesFor(id));
}
