// A plain static file server for `output: "export"` folders, with the lookup
// Next's docs give for Nginx (try_files $uri $uri.html $uri/ =404, error_page
// 404 /404.html). It knows a handful of MIME types and not `.rsc`, like a
// generic host: the exported client must cope with application/octet-stream.
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";
import type { RunningServer } from "./servers";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
};

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

/** The file serving `pathname` in `root`, or undefined (→ 404.html). */
export function resolveStaticFile(root: string, pathname: string): string | undefined {
  const decoded = normalize(decodeURIComponent(pathname)).replace(/^([\\/]\.\.)+/, "");
  const base = join(root, decoded);
  if (!base.startsWith(root)) return undefined;
  const candidates = decoded.endsWith("/") ? [join(base, "index.html")] : [base, `${base}.html`, join(base, "index.html")];
  return candidates.find(isFile);
}

export async function startStaticServer(root: string): Promise<RunningServer & { requests: string[] }> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    requests.push(url.pathname);
    const file = resolveStaticFile(root, url.pathname);
    const notFound = join(root, "404.html");
    const served = file ?? (isFile(notFound) ? notFound : undefined);
    res.statusCode = file ? 200 : 404;
    res.setHeader("content-type", served ? (TYPES[extname(served)] ?? "application/octet-stream") : "text/plain");
    res.end(served ? readFileSync(served) : "Not Found");
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    logs: () => "",
    stop: () => new Promise((done) => server.close(() => done())),
  };
}
