// connection() marks the render as per-request: this page is never pre-rendered and
// shows a new value on every request (https://nextjs.org/docs/app/api-reference/functions/connection).
import { connection } from "next/server";

export default async function ConnectionPage() {
  await connection();
  return <p data-testid="conn-id">{crypto.randomUUID()}</p>;
}
