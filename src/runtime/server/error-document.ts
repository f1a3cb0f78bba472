// The last-resort HTML for a render that failed before its shell: status and
// digest only, never the message or stack (Next's default server error page).
export function errorDocument(status: number, digest: string): Response {
  const safeDigest = digest.replace(/[^\w;:.-]/g, "");
  const html =
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${status}: Internal Server Error</title></head>` +
    `<body style="font-family:system-ui,sans-serif;text-align:center;padding-top:20vh">` +
    `<h2>Application error: a server-side exception has occurred (see the server logs for more information).</h2>` +
    `<p>Digest: ${safeDigest}</p></body></html>`;
  return new Response(html, { status, headers: { "content-type": "text/html; charset=utf-8" } });
}
