// Explicit HEAD and OPTIONS win over the automatic ones.
export function GET() {
  return new Response("get body", { headers: { "x-from": "GET" } });
}

export function HEAD() {
  return new Response(null, { headers: { "x-from": "HEAD" } });
}

export function OPTIONS() {
  return new Response(null, { status: 200, headers: { "x-from": "OPTIONS", allow: "GET, HEAD, OPTIONS" } });
}
