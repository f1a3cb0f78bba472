// Only POST: GET answers 405 with Allow, OPTIONS is automatic (Next: app/methods/options).
export async function POST() {
  return new Response("posted");
}
